package fr.guichet.welcome;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;

import fr.guichet.testsupport.contract.Contract;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Stands in for aids-service's catalogue. It knows the aids of {@link #KNOWN}, each answered like the example of
 * contracts/aids-service/read-an-aid-versions.json (which aids-service's own tests check against the real catalogue);
 * any other code is a 404. Tests switch it to failing answers.
 */
public class AidsServiceStub implements QuarkusTestResourceLifecycleManager {

    public static final Contract VERSIONS = Contract.of("aids-service", "read-an-aid-versions");
    public static final List<String> KNOWN = List.of("CESP", "OCCITANIE_MONTAGNE", "CAIM", "PTMG");

    private static WireMockServer server;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(wireMockConfig().dynamicPort());
        server.start();
        answerNormally();
        return Map.of("quarkus.rest-client.aids-service.url", server.baseUrl());
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }

    public static void answerNormally() {
        server.resetAll();
        server.stubFor(get(urlPathMatching("/aids/[^/]+/versions")).atPriority(10).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/problem+json").withBody("{\"status\":404}")));
        for (String code : KNOWN) {
            server.stubFor(get(urlEqualTo(VERSIONS.pathWith(Map.of("code", code)))).atPriority(1).willReturn(versionsOf(code)));
        }
    }

    public static void failWith(int status) {
        answerEveryCall(aResponse().withStatus(status).withHeader("Content-Type", "application/problem+json")
                .withBody("{\"status\":" + status + "}"));
    }

    public static int callsReceived() {
        return server.getAllServeEvents().size();
    }

    private static void answerEveryCall(ResponseDefinitionBuilder response) {
        server.resetAll();
        server.stubFor(get(urlPathMatching("/aids/.*")).willReturn(response));
    }

    /** The contract's example, with this code. */
    private static ResponseDefinitionBuilder versionsOf(String code) {
        ArrayNode versions = VERSIONS.response().body().deepCopy();
        versions.forEach(version -> ((ObjectNode) version).put("code", code));
        return aResponse().withStatus(VERSIONS.response().status()).withHeader("Content-Type", "application/json")
                .withBody(versions.toString());
    }
}
