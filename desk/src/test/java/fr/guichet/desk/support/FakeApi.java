package fr.guichet.desk.support;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;

import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * The gateway's API played by WireMock: each test says what it answers and checks what the pages asked. The pages
 * are tested for what they make of the API's answers, never for the API's own rules.
 */
public class FakeApi implements QuarkusTestResourceLifecycleManager {

    public static WireMockServer api;

    /** No gzip: WireMock's would change the ETags the pages must send back as they came. */
    @Override
    public Map<String, String> start() {
        api = new WireMockServer(wireMockConfig().dynamicPort().gzipDisabled(true));
        api.start();
        return Map.of("quarkus.rest-client.guichet-api.url", api.baseUrl());
    }

    /** The API's refusal with this status, as an RFC 9457 problem. */
    public static ResponseDefinitionBuilder problem(int status) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/problem+json")
                .withBody("{\"type\":\"about:blank\",\"title\":\"Refused\",\"status\":" + status + ",\"detail\":\"Refused\"}");
    }

    @Override
    public void stop() {
        api.stop();
    }
}
