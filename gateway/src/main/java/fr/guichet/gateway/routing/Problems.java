package fr.guichet.gateway.routing;

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

    public static void send(RoutingContext context, Problem problem) {
        if (!context.response().ended()) {
            context.response().setStatusCode(problem.status()).putHeader("Content-Type", Problem.MEDIA_TYPE)
                    .end(body(problem));
        }
    }
}
