package fr.guichet.desk.casefile;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/** A stand-in for the API behind the pages: each test sets its answers and checks the calls the pages made. */
public class ApiStandIn implements QuarkusTestResourceLifecycleManager {

    static WireMockServer api;

    /** Without gzip: Jetty's would add "--gzip" to the ETags the pages must send back untouched. */
    @Override
    public Map<String, String> start() {
        api = new WireMockServer(wireMockConfig().dynamicPort().gzipDisabled(true));
        api.start();
        return Map.of("quarkus.rest-client.guichet-api.url", api.baseUrl());
    }

    @Override
    public void stop() {
        api.stop();
    }
}
