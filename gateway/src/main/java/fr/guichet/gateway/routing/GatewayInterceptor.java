package fr.guichet.gateway.routing;

import java.net.URI;
import java.util.concurrent.TimeoutException;

import org.jboss.logging.Logger;

import fr.guichet.common.problem.Problem;
import fr.guichet.gateway.plumbing.Problems;
import io.vertx.core.Future;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyRequest;
import io.vertx.httpproxy.ProxyResponse;

/**
 * What the gateway does to every proxied exchange: removes the /api prefix, forwards an allow-list of
 * headers (the request id among them, set by AccessLog), puts the public path in Location, and turns a service that cannot be
 * reached in time into a 503 or 504 problem instead of the proxy's bare 502, and a service's bare 413 into a problem.
 */
final class GatewayInterceptor implements ProxyInterceptor {

    static final String PUBLIC_PREFIX = "/api";
    private static final String FAILURE = "guichet.failure";
    private static final Logger LOG = Logger.getLogger(GatewayInterceptor.class);

    private final String service;
    private final URI origin;
    private final Problem tooLarge;

    GatewayInterceptor(String service, URI origin, Problem tooLarge) {
        this.service = service;
        this.origin = origin;
        this.tooLarge = tooLarge;
    }

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
        ProxyRequest request = context.request();
        String uri = request.getURI();
        request.setURI(uri.startsWith(PUBLIC_PREFIX) ? uri.substring(PUBLIC_PREFIX.length()) : uri);
        ForwardedHeaders.keepOnly(request.headers(), ForwardedHeaders.REQUEST);
        return context.sendRequest().onFailure(failure -> {
            LOG.warnf("%s %s: %s did not answer: %s", request.getMethod(), uri, service, failure.toString());
            context.set(FAILURE, failure);
        });
    }

    @Override
    public Future<Void> handleProxyResponse(ProxyContext context) {
        ProxyResponse response = context.response();
        Throwable failure = context.get(FAILURE, Throwable.class);
        if (failure != null) {
            unavailable(response, isTimeout(failure));
        } else if (response.getStatusCode() == 413 && response.headers().get("Content-Type") == null) {
            // a chunked body over the limit, which only the service could count: it stops reading and answers a bare 413
            replace(response, tooLarge);
        } else {
            ForwardedHeaders.keepOnly(response.headers(), ForwardedHeaders.RESPONSE);
            String location = response.headers().get("Location");
            if (location != null) {
                response.headers().set("Location", publicLocation(location));
            }
        }
        return context.sendResponse();
    }

    /**
     * Services build Location from the address the gateway called them at: the client must see the
     * public path instead, never the internal host.
     */
    private String publicLocation(String location) {
        URI uri = URI.create(location);
        boolean internal = uri.getHost() == null
                || (uri.getHost().equals(origin.getHost()) && uri.getPort() == origin.getPort());
        if (!internal) {
            return location;
        }
        String path = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        return path.startsWith(PUBLIC_PREFIX + "/") ? path : PUBLIC_PREFIX + path;
    }

    private void unavailable(ProxyResponse response, boolean timedOut) {
        Problem problem = timedOut
                ? Problem.of(504, "Gateway Timeout", service + " did not answer in time; the request may or may not have been applied.")
                : Problem.of(503, "Service Unavailable", service + " cannot be reached for now; try again shortly.");
        replace(response, problem);
        if (!timedOut) {
            response.headers().set("Retry-After", "5");
        }
    }

    private static void replace(ProxyResponse response, Problem problem) {
        response.headers().clear();
        response.setStatusCode(problem.status());
        response.headers().set("Content-Type", Problem.MEDIA_TYPE);
        response.setBody(Body.body(Problems.body(problem)));
    }

    /**
     * Vert.x fails a request whose answer does not start in time with a {@link TimeoutException}; a refused
     * or dropped connection (a service down or restarting) is anything else.
     */
    private static boolean isTimeout(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof TimeoutException) {
                return true;
            }
        }
        return false;
    }
}
