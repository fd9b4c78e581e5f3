package fr.guichet.gateway.routing;

import java.nio.charset.StandardCharsets;
import java.util.Set;

import org.jboss.logging.Logger;

import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyRequest;
import io.vertx.httpproxy.ProxyResponse;

/**
 * What crosses the gateway between a browser and the desk: an allow-list of headers each way (a browser's cookies
 * and the pages' security headers among them), and the public address the browser used, so that the desk builds
 * its links and its login redirect from it, and the visitor's address, which its public form passes on to the API. A desk that does not answer gives a short French page, not a 502.
 */
final class DeskInterceptor implements ProxyInterceptor {

    private static final String FAILURE = "guichet.failure";
    private static final Logger LOG = Logger.getLogger(DeskInterceptor.class);

    static final Set<String> REQUEST = ForwardedHeaders.caseInsensitive("Cookie", "Accept", "Accept-Language",
            "Accept-Encoding", "Content-Type", "Content-Length", "Transfer-Encoding", "If-None-Match",
            "If-Modified-Since", "Origin", "Referer", "User-Agent", "X-CSRF-TOKEN", "HX-Request", "HX-Target",
            "HX-Trigger", "HX-Current-URL", "HX-Boosted", "HX-History-Restore-Request", "X-Request-Id");

    static final Set<String> RESPONSE = ForwardedHeaders.caseInsensitive("Content-Type", "Content-Length",
            "Content-Encoding", "Transfer-Encoding", "Content-Disposition", "Set-Cookie", "Location", "Cache-Control",
            "Expires", "Pragma", "ETag", "Last-Modified", "Vary", "Retry-After", "WWW-Authenticate",
            "Content-Security-Policy", "X-Frame-Options", "X-Content-Type-Options", "Referrer-Policy",
            "Permissions-Policy", "HX-Redirect", "HX-Location", "HX-Push-Url", "HX-Refresh", "HX-Trigger",
            "HX-Retarget", "HX-Reswap", "X-Request-Id");

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
        ProxyRequest request = context.request();
        HttpServerRequest incoming = request.proxiedRequest();
        ForwardedHeaders.keepOnly(request.headers(), REQUEST);
        request.headers().set("X-Forwarded-Proto", incoming.scheme());
        // the visitor's address (as a trusted proxy in front gave it, or the peer's), never one the browser claims
        request.headers().set("X-Forwarded-For", incoming.remoteAddress().hostAddress());
        request.headers().set("X-Forwarded-Host", incoming.authority() == null ? "" : incoming.authority().toString());
        return context.sendRequest().onFailure(failure -> {
            LOG.warnf("%s %s: the desk did not answer: %s", request.getMethod(), request.getURI(), failure.toString());
            context.set(FAILURE, failure);
        });
    }

    @Override
    public Future<Void> handleProxyResponse(ProxyContext context) {
        ProxyResponse response = context.response();
        if (context.get(FAILURE, Throwable.class) != null) {
            response.headers().clear();
            response.setStatusCode(503);
            response.headers().set("Content-Type", "text/html; charset=utf-8");
            response.headers().set("Retry-After", "5");
            response.setBody(Body.body(Buffer.buffer(UNAVAILABLE.getBytes(StandardCharsets.UTF_8))));
        } else {
            ForwardedHeaders.keepOnly(response.headers(), RESPONSE);
        }
        return context.sendResponse();
    }

    private static final String UNAVAILABLE = """
            <!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Service momentanément indisponible</title></head>
            <body><main><h1>Service momentanément indisponible</h1>
            <p>Les pages du guichet ne répondent pas pour le moment. Réessayez dans quelques minutes.</p></main></body></html>
            """;
}
