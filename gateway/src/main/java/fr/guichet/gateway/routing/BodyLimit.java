package fr.guichet.gateway.routing;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import fr.guichet.common.problem.Problem;
import fr.guichet.gateway.plumbing.Problems;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Refuses a body announced larger than the limit with a 413 problem, before reading it or calling a
 * service. A chunked body's size is only known while it streams: the service behind counts it against
 * the same limit, and the gateway turns its bare 413 into this problem (GatewayInterceptor).
 */
@ApplicationScoped
public class BodyLimit {

    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    MemorySize limit;

    void register(@Observes Router router) {
        router.route("/api/*").order(Integer.MIN_VALUE + 1).handler(this::check);
    }

    private void check(RoutingContext context) {
        String length = context.request().getHeader("Content-Length");
        if (length != null && isOver(length, limit.asLongValue())) {
            // the unread body would otherwise sit in the connection, and a client waiting on 100-continue never hears back
            context.response().putHeader("Connection", "close").endHandler(v -> context.request().connection().close());
            Problems.send(context, tooLarge());
            return;
        }
        context.next();
    }

    Problem tooLarge() {
        return Problem.of(413, "Content Too Large",
                "The body is larger than the " + limit.asLongValue() / (1024 * 1024) + " MB the API accepts.");
    }

    /** A malformed length is left to the HTTP layer, which refuses it. */
    static boolean isOver(String length, long limit) {
        try {
            return Long.parseLong(length.trim()) > limit;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
