package fr.guichet.gateway.routing;

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
 * Every path outside /api and /q goes to the desk, the web pages, after the API's routes: browsers see one site,
 * whose pages call the API with the user's token. The desk logs its users in itself, with cookies; the gateway
 * only passes the exchange through ({@link DeskInterceptor}).
 */
@ApplicationScoped
public class DeskRoute {

    /** Not /api (the API, its unknown paths denied), not /q (the gateway's own health, metrics and Swagger UI). */
    static final String PAGES = "^/(?!api(/|$)|q(/|$)).*";

    @Inject
    GatewayConfig config;

    void mount(@Observes Router router, Vertx vertx) {
        GatewayConfig.Desk desk = config.desk();
        HttpClient client = vertx.createHttpClient(new HttpClientOptions().setKeepAlive(true),
                new PoolOptions().setHttp1MaxSize(config.poolSize()));
        int port = desk.target().getPort() > 0 ? desk.target().getPort() : 80;
        SocketAddress origin = SocketAddress.inetSocketAddress(port, desk.target().getHost());
        long timeout = desk.timeout().toMillis();
        HttpProxy proxy = HttpProxy.reverseProxy(client)
                .originRequestProvider((request, httpClient) -> send(httpClient, origin, timeout))
                .addInterceptor(new DeskInterceptor());
        router.routeWithRegex(PAGES).handler(ProxyHandler.create(proxy));
    }

    private static Future<HttpClientRequest> send(HttpClient client, SocketAddress origin, long timeout) {
        return client.request(new RequestOptions().setServer(origin).setIdleTimeout(timeout));
    }
}
