package fr.guichet.desk;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A stand-in for the gateway's API, whose answers each test sets and whose requests it inspects: the desk's pages
 * are tested for what they show of the API's answers, not for the API's rules.
 */
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
