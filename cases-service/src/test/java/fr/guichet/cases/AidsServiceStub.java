package fr.guichet.cases;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Stands in for aids-service's simulator: by default it answers with a small assessment in which
 * OCCITANIE_MONTAGNE is ELIGIBLE and CAIM INELIGIBLE; tests switch it to failing or slow answers.
 */
public class AidsServiceStub implements QuarkusTestResourceLifecycleManager {

    static final String ASSESSMENT = """
            {"asOf": "2027-01-04", "aids": [
              {"code": "OCCITANIE_MONTAGNE", "label": "Aide à l'installation en zone de montagne (Occitanie)", "status": "ELIGIBLE"},
              {"code": "CONV2024_INSTALLATION_ZAC", "label": "Aide à l'installation en ZAC", "status": "NEEDS_INFO"},
              {"code": "CAIM", "label": "Contrat d'aide à l'installation des médecins", "status": "INELIGIBLE"}],
             "combination": ["OCCITANIE_MONTAGNE"], "totalCents": 5000000}""";

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
        server.stubFor(post(urlEqualTo("/eligibility")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody(ASSESSMENT)));
    }

    public static void failWith(int status) {
        server.resetAll();
        server.stubFor(post(urlEqualTo("/eligibility")).willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "application/problem+json").withBody("{\"status\":" + status + "}")));
    }

    public static void answerSlowly(int delayMillis) {
        server.resetAll();
        server.stubFor(post(urlEqualTo("/eligibility")).willReturn(aResponse().withStatus(200).withFixedDelay(delayMillis)
                .withHeader("Content-Type", "application/json").withBody(ASSESSMENT)));
    }

    public static int callsReceived() {
        return server.getAllServeEvents().size();
    }

    /** aids-service unreachable: every connection is reset before an answer. */
    public static void dropConnections() {
        server.resetAll();
        server.stubFor(post(urlEqualTo("/eligibility")).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    }

    /** The body of the last simulation asked for, as aids-service received it. */
    public static String lastRequestBody() {
        List<ServeEvent> events = server.getAllServeEvents();
        return events.isEmpty() ? null : events.get(0).getRequest().getBodyAsString();
    }
}
