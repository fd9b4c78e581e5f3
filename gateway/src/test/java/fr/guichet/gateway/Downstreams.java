package fr.guichet.gateway;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/** Two stand-in services behind the gateway, whose answers each test sets and whose requests it inspects. */
public class Downstreams implements QuarkusTestResourceLifecycleManager {

    public static WireMockServer aids;
    public static WireMockServer cases;
    public static WireMockServer desk;

    @Override
    public Map<String, String> start() {
        aids = new WireMockServer(wireMockConfig().dynamicPort());
        cases = new WireMockServer(wireMockConfig().dynamicPort());
        desk = new WireMockServer(wireMockConfig().dynamicPort());
        aids.start();
        cases.start();
        desk.start();
        return Map.of("guichet.gateway.desk.target", desk.baseUrl(),
                "guichet.gateway.routes.aids-service.target", aids.baseUrl(),
                "guichet.gateway.routes.cases-service.target", cases.baseUrl(),
                "guichet.gateway.routes.cases-service.timeout", "1s",
                "guichet.gateway.rate-limit.authenticated.per-second", "5",
                "guichet.gateway.rate-limit.authenticated.burst", "10",
                "guichet.gateway.rate-limit.anonymous.per-second", "1000",
                "guichet.gateway.rate-limit.anonymous.burst", "1000");
    }

    @Override
    public void stop() {
        aids.stop();
        cases.stop();
        desk.stop();
    }
}
