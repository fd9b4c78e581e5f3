package fr.guichet.gateway.observability;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;

import fr.guichet.common.tracing.RequestIdFilters;
import fr.guichet.gateway.routing.GatewayConfig;
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
    static final String UNKNOWN_ROUTE = "/api/unknown";
    private static final Set<String> API_METHODS = Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");
    private static final Logger LOG = Logger.getLogger("fr.guichet.gateway.access");

    @Inject
    MeterRegistry registry;

    @Inject
    GatewayConfig config;

    private Set<String> knownRoutes = Set.of();
    private final Map<String, Timer> timers = new ConcurrentHashMap<>();

    void register(@Observes Router router) {
        knownRoutes = Stream.concat(config.routes().values().stream().flatMap(route -> route.prefixes().stream()),
                Stream.of("/api/me", "/api/openapi")).collect(Collectors.toUnmodifiableSet());
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
        String route = routeOf(context.normalizedPath(), knownRoutes);
        String method = methodOf(context.request().method().name());
        int status = context.response().getStatusCode();
        timerFor(route, method, status).record(nanos, TimeUnit.NANOSECONDS);
        if (LOG.isInfoEnabled()) {
            LOG.info(line(id, who(context), method, context.request().path(), status, nanos, route));
        }
    }

    /** Registering looks the meter up by its tags; doing it once per route, method and status keeps that off the hot path. */
    Timer timerFor(String route, String method, int status) {
        return timers.computeIfAbsent(route + ' ' + method + ' ' + status, key -> timer(route, method, status));
    }

    Timer timer(String route, String method, int status) {
        return Timer.builder("guichet.gateway.requests").description("Requests through the gateway, by route and status")
                .tag("route", route).tag("method", method).tag("status", String.valueOf(status))
                .register(registry);
    }

    /** Built by hand: the same line through java.util.Formatter takes twenty times as long (bench/micro.sh). */
    static String line(String id, String who, String method, String path, int status, long nanos, String route) {
        long tenthsOfMs = Math.round(nanos / 100_000.0);
        return new StringBuilder(128).append(id).append(' ').append(who).append(' ').append(method).append(' ')
                .append(path).append(' ').append(status).append(' ').append(tenthsOfMs / 10).append('.')
                .append(tenthsOfMs % 10).append("ms ").append(route).toString();
    }

    /** Any token is a valid HTTP method; only the ones the API uses get their own timer. */
    static String methodOf(String method) {
        return API_METHODS.contains(method) ? method : "OTHER";
    }

    /**
     * The first two segments (/api/cases) when they name a route the gateway serves, so that ids in paths
     * do not multiply the metrics and made-up paths cannot grow them without bound.
     */
    static String routeOf(String path, Set<String> known) {
        int second = path.indexOf('/', "/api/".length());
        String route = second < 0 ? path : path.substring(0, second);
        return known.contains(route) ? route : UNKNOWN_ROUTE;
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
