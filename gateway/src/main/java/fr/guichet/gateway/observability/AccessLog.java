package fr.guichet.gateway.observability;

import java.util.concurrent.TimeUnit;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;

import fr.guichet.common.tracing.RequestIdFilters;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * First on every API request: gives it a request id (the caller's when sane), returns that id on every
 * answer, even the gateway's own refusals, and at the end writes one access-log line and a timing per
 * route and status.
 */
@ApplicationScoped
public class AccessLog {

    private static final String REQUEST_ID = RequestIdFilters.HEADER;
    private static final Logger LOG = Logger.getLogger("fr.guichet.gateway.access");

    @Inject
    MeterRegistry registry;

    void register(@Observes Router router) {
        router.route("/api/*").order(Integer.MIN_VALUE).handler(this::handle);
    }

    private void handle(RoutingContext context) {
        long start = System.nanoTime();
        String id = RequestIdFilters.accept(context.request().getHeader(REQUEST_ID));
        context.request().headers().set(REQUEST_ID, id);
        context.addHeadersEndHandler(v -> context.response().headers().set(REQUEST_ID, id));
        context.addEndHandler(v -> record(context, id, System.nanoTime() - start));
        context.next();
    }

    private void record(RoutingContext context, String id, long nanos) {
        String route = routeOf(context.normalizedPath());
        int status = context.response().getStatusCode();
        Timer.builder("guichet.gateway.requests").description("Requests through the gateway, by route and status")
                .tag("route", route).tag("method", context.request().method().name()).tag("status", String.valueOf(status))
                .register(registry).record(nanos, TimeUnit.NANOSECONDS);
        LOG.infof("%s %s %s %s %d %.1fms %s", id, who(context), context.request().method(), context.request().path(),
                status, nanos / 1_000_000.0, route);
    }

    /** The first two segments (/api/cases), so that ids in paths do not multiply the metrics. */
    static String routeOf(String path) {
        int second = path.indexOf('/', "/api/".length());
        return second < 0 ? path : path.substring(0, second);
    }

    private static String who(RoutingContext context) {
        if (context.user() instanceof QuarkusHttpUser user && !user.getSecurityIdentity().isAnonymous()
                && user.getSecurityIdentity().getPrincipal() instanceof JsonWebToken token) {
            String client = token.getClaim("azp");
            return token.getSubject() + (client == null ? "" : "@" + client);
        }
        return "anonymous@" + context.request().remoteAddress().hostAddress();
    }
}
