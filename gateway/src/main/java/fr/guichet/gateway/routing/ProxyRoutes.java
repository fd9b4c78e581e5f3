package fr.guichet.gateway.routing;

import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.proxy.handler.ProxyHandler;
import io.vertx.httpproxy.HttpProxy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Mounts one streaming reverse proxy per service on the router Quarkus runs: requests and answers flow
 * through without being buffered. Each service has its own connection pool, kept alive, as large as the
 * peak concurrency, and its own answer timeout.
 */
@ApplicationScoped
public class ProxyRoutes {

    @Inject
    GatewayConfig config;

    @Inject
    BodyLimit bodyLimit;

    /**
     * The longest prefixes first, as Vert.x tries routes in the order they are added: /api/privacy/registrants goes to
     * welcome-service although /api/privacy goes to cases-service.
     */
    void mount(@Observes Router router, Vertx vertx) {
        Map<String, HttpProxy> byPrefix = new TreeMap<>(Comparator.comparingInt(String::length).reversed()
                .thenComparing(Comparator.naturalOrder()));
        for (Map.Entry<String, GatewayConfig.Route> entry : config.routes().entrySet()) {
            HttpProxy proxy = proxyTo(vertx, entry.getKey(), entry.getValue());
            entry.getValue().prefixes().forEach(prefix -> byPrefix.put(prefix, proxy));
        }
        byPrefix.forEach((prefix, proxy) -> {
            router.route(prefix).handler(ProxyHandler.create(proxy));
            router.route(prefix + "/*").handler(ProxyHandler.create(proxy));
        });
    }

    private HttpProxy proxyTo(Vertx vertx, String service, GatewayConfig.Route route) {
        HttpClient client = vertx.createHttpClient(new HttpClientOptions().setKeepAlive(true),
                new PoolOptions().setHttp1MaxSize(config.poolSize()));
        SocketAddress origin = SocketAddress.inetSocketAddress(port(route), route.target().getHost());
        long timeout = route.timeout().toMillis();
        return HttpProxy.reverseProxy(client)
                .originRequestProvider((request, httpClient) -> send(httpClient, origin, timeout))
                .addInterceptor(new GatewayInterceptor(service, route.target(), bodyLimit.tooLarge()));
    }

    /** An answer that does not start within the timeout fails the exchange, which the interceptor turns into a 504. */
    private static Future<HttpClientRequest> send(HttpClient client, SocketAddress origin, long timeout) {
        return client.request(new RequestOptions().setServer(origin).setIdleTimeout(timeout));
    }

    private static int port(GatewayConfig.Route route) {
        int port = route.target().getPort();
        return port > 0 ? port : "https".equals(route.target().getScheme()) ? 443 : 80;
    }
}
