package fr.guichet.gateway.plumbing;

import fr.guichet.common.problem.Problem;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.Json;
import io.vertx.ext.web.RoutingContext;

/** Problem answers written by the gateway itself, outside any REST resource. */
public final class Problems {

    private Problems() {
    }

    public static Buffer body(Problem problem) {
        return Buffer.buffer(Json.encode(problem));
    }

    /** 401 with the Bearer challenge, as the services answer it. */
    public static void unauthorized(RoutingContext context) {
        context.response().putHeader("WWW-Authenticate", "Bearer");
        send(context, Problem.of(401, "Unauthorized", "A valid bearer token is required."));
    }

    public static void send(RoutingContext context, Problem problem) {
        if (!context.response().ended()) {
            context.response().setStatusCode(problem.status()).putHeader("Content-Type", Problem.MEDIA_TYPE)
                    .end(body(problem));
        }
    }
}
