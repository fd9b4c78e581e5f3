package fr.guichet.desk.testing;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/** The gateway's API as the desk's tests set it: each test gives its answers and reads the calls the pages made. */
public class StandInApi implements QuarkusTestResourceLifecycleManager {

    public static WireMockServer api;

    @Override
    public Map<String, String> start() {
        api = new WireMockServer(wireMockConfig().dynamicPort());
        api.start();
        return Map.of("quarkus.rest-client.guichet-api.url", api.baseUrl());
    }

    @Override
    public void stop() {
        api.stop();
    }
}
