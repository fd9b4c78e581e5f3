package fr.guichet.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.guichet.testsupport.TestTokens;
import io.quarkus.test.junit.QuarkusTest;

/** The installation plan's lead times (#17) go to cases-service for correspondants and the guichet's administrator. */
@QuarkusTest
class PlanRoutesTest {

    @BeforeEach
    void casesAnswer() {
        Downstreams.cases.resetAll();
        Downstreams.cases.stubFor(get(urlEqualTo("/plan/steps")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("[]")));
        Downstreams.cases.stubFor(put(urlEqualTo("/plan/steps/CPS_CARD")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{}")));
    }

    @Test
    void correspondants_read_the_lead_times_and_doctors_are_refused_at_the_door() {
        given().auth().oauth2(TestTokens.forRole("curious-doctor", "doctor", Map.of("rpps", "10005173140")))
                .when().get("/api/plan/steps")
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.forRole("correspondant-02", "correspondant", Map.of("departments", List.of("02"))))
                .when().get("/api/plan/steps")
                .then().statusCode(200);

        Downstreams.cases.verify(1, anyRequestedFor(anyUrl()));
    }

    @Test
    void the_administrator_edits_a_lead_time_through_the_gateway() {
        given().auth().oauth2(TestTokens.forRole("admin", "guichet-admin"))
                .contentType("application/json").header("If-Match", "\"1\"").body("{\"leadTimeDays\": 15}")
                .when().put("/api/plan/steps/CPS_CARD")
                .then().statusCode(200);

        Downstreams.cases.verify(1, putRequestedFor(urlEqualTo("/plan/steps/CPS_CARD")));
    }
}
