package fr.guichet.cases;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

import fr.guichet.testsupport.contract.Contract;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Stands in for aids-service's simulator. By default it answers with the example of
 * contracts/aids-service/simulate-a-case-project.json, which aids-service's own tests check against the
 * real simulator: OCCITANIE_MONTAGNE is ELIGIBLE, CONV2024_FMT_MAJORATION NEEDS_INFO and CESP INELIGIBLE.
 * Tests switch it to failing or slow answers.
 */
public class AidsServiceStub implements QuarkusTestResourceLifecycleManager {

    public static final Contract SIMULATION = Contract.of("aids-service", "simulate-a-case-project");

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
        answer(assessment());
    }

    /** Answers 200 with this body instead of the contract's example. */
    public static void answerWith(String body) {
        answer(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body));
    }

    /**
     * Answers the contract's example with these aids in place of its own: each is the example's first aid
     * (OCCITANIE_MONTAGNE) with the code, funder, category, incompatibilities and dated payments given.
     */
    public static void answerWithAids(ObjectNode... aids) {
        ObjectNode answer = SIMULATION.response().body().deepCopy();
        answer.putArray("aids").addAll(List.of(aids));
        answerWith(answer.toString());
    }

    /** An ELIGIBLE aid as aids-service describes it; {@code payments} are the dates of its instalments, 1,000 € each. */
    public static ObjectNode aid(String code, String funder, String category, List<String> incompatibleWith,
            String scheduleKind, String... payments) {
        ObjectNode aid = SIMULATION.response().body().get("aids").get(0).deepCopy();
        aid.put("code", code).put("label", "Aide " + code).put("funder", funder).put("category", category).put("status", "ELIGIBLE");
        aid.putArray("incompatibleWith").addAll(incompatibleWith.stream().map(TextNode::valueOf).toList());
        ObjectNode schedule = aid.putObject("schedule").put("kind", scheduleKind).put("totalCents", 100000L * payments.length)
                .put("computable", true).putNull("maxAmountCents").putNull("note");
        ArrayNode dated = schedule.putArray("payments");
        for (String date : payments) {
            dated.addObject().put("date", date).put("amountCents", 100000).put("label", "Versement");
        }
        return aid;
    }

    public static void failWith(int status) {
        answer(aResponse().withStatus(status).withHeader("Content-Type", "application/problem+json")
                .withBody("{\"status\":" + status + "}"));
    }

    public static void answerSlowly(int delayMillis) {
        answer(assessment().withFixedDelay(delayMillis));
    }

    /** aids-service unreachable: every connection is reset before an answer. */
    public static void dropConnections() {
        answer(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));
    }

    public static int callsReceived() {
        return server.getAllServeEvents().size();
    }

    /** The body of the last simulation asked for, as aids-service received it. */
    public static String lastRequestBody() {
        List<ServeEvent> events = server.getAllServeEvents();
        return events.isEmpty() ? null : events.get(0).getRequest().getBodyAsString();
    }

    private static ResponseDefinitionBuilder assessment() {
        return aResponse().withStatus(SIMULATION.response().status()).withHeader("Content-Type", "application/json")
                .withBody(SIMULATION.responseBody());
    }

    private static void answer(ResponseDefinitionBuilder response) {
        server.resetAll();
        server.stubFor(post(urlEqualTo(SIMULATION.request().path())).willReturn(response));
    }
}
