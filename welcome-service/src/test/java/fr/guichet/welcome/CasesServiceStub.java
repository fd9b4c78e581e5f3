package fr.guichet.welcome;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Stands in for cases-service's referrals (operation referQuickRequest): by default every POST /requests/referrals is
 * logged as {@link #REQUEST_ID}, answered 201 with the receipt's id that this service reads and the fields it does not. Tests switch it to refusals and outages, and read what it received.
 */
public class CasesServiceStub implements QuarkusTestResourceLifecycleManager {

    private static final String REFERRALS = "/requests/referrals";

    public static final String REQUEST_ID = "6a3e1c52-8f0b-4d7e-b1a9-3c5d2e7f9a10";

    private static WireMockServer server;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(wireMockConfig().dynamicPort());
        server.start();
        answerNormally();
        return Map.of("quarkus.rest-client.cases-service.url", server.baseUrl());
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }

    public static void answerNormally() {
        answer(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                .withHeader("Location", "/requests/" + REQUEST_ID)
                .withBody("{\"id\":\"" + REQUEST_ID + "\",\"department\":\"41\",\"status\":\"OPEN\","
                        + "\"receivedAt\":\"2026-12-01T09:00:00Z\"}"));
    }

    /** Answers normally after this delay, so that calls made at once overlap. */
    public static void answerSlowly(int delayMillis) {
        answerNormally();
        server.stubFor(post(urlEqualTo(REFERRALS)).willReturn(aResponse().withStatus(201).withFixedDelay(delayMillis)
                .withHeader("Content-Type", "application/json").withBody("{\"id\":\"" + REQUEST_ID + "\"}")));
    }

    public static void refuseWith(int status, String detail) {
        answer(aResponse().withStatus(status).withHeader("Content-Type", "application/problem+json")
                .withBody("{\"status\":" + status + ",\"title\":\"Refused\",\"detail\":\"" + detail + "\"}"));
    }

    public static void failWith(int status) {
        answer(aResponse().withStatus(status).withHeader("Content-Type", "application/problem+json")
                .withBody("{\"status\":" + status + "}"));
    }

    public static void dropConnections() {
        answer(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));
    }

    public static List<LoggedRequest> received() {
        return server.findAll(postRequestedFor(urlEqualTo(REFERRALS)));
    }

    public static UUID requestId() {
        return UUID.fromString(REQUEST_ID);
    }

    private static void answer(ResponseDefinitionBuilder response) {
        server.resetAll();
        server.stubFor(post(urlEqualTo(REFERRALS)).willReturn(response));
    }
}
