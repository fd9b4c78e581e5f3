package fr.guichet.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;

import fr.guichet.testsupport.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

@QuarkusTest
class ComposedViewTest {

    private static final String CASES = """
            {"items": [{"id": "c1", "reference": "GU-48-2026-000001", "status": "PROCEDURES"},
                       {"id": "c0", "reference": "GU-48-2025-000007", "status": "CLOSED"}], "nextCursor": null}""";
    private static final String CASE = """
            {"id": "c1", "status": "PROCEDURES",
             "professional": {"profession": "GENERAL_PRACTITIONER", "careerStage": "INSTALLING"},
             "project": {"targetCommune": "48095", "practiceMode": "LIBERAL", "plannedStartDate": "2027-01-04"}}""";
    private static final String TASKS = """
            [{"code": "ORDRE_REGISTRATION", "status": "TODO"}, {"code": "RCP_INSURANCE", "status": "DONE"}]""";

    @BeforeEach
    void servicesAnswer() {
        Downstreams.cases.resetAll();
        Downstreams.aids.resetAll();
        Downstreams.cases.stubFor(get(urlPathEqualTo("/cases")).willReturn(json(CASES)));
        Downstreams.cases.stubFor(get(urlEqualTo("/cases/c1")).willReturn(json(CASE)));
        Downstreams.cases.stubFor(get(urlEqualTo("/cases/c1/tasks")).willReturn(json(TASKS)));
        Downstreams.aids.stubFor(post(urlEqualTo("/eligibility")).willReturn(json("{\"totalCents\": 5000000}")));
    }

    private static ResponseDefinitionBuilder json(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body);
    }

    private static RequestSpecification asDoctor() {
        return given().auth().oauth2(TestTokens.forRole("me-doctor-" + System.nanoTime(), "doctor",
                Map.of("rpps", "10005173140")));
    }

    @Test
    void a_doctor_sees_their_cases_the_open_tasks_and_the_eligibility_of_their_project() {
        asDoctor().when().get("/api/me")
                .then().statusCode(200)
                .body("cases.reference", contains("GU-48-2026-000001", "GU-48-2025-000007"))
                .body("current.id", equalTo("c1"))
                .body("openTasks.code", contains("ORDRE_REGISTRATION"))
                .body("eligibility.totalCents", equalTo(5000000))
                .body("degraded", equalTo(false));

        Downstreams.aids.verify(postRequestedFor(urlEqualTo("/eligibility")).withRequestBody(equalToJson("""
                {"profession": "GENERAL_PRACTITIONER", "careerStage": "INSTALLING", "targetCommune": "48095",
                 "practiceMode": "LIBERAL", "plannedStartDate": "2027-01-04"}""")));
    }

    @Test
    void without_aids_service_the_view_is_degraded_not_an_error() {
        Downstreams.aids.resetAll();
        Downstreams.aids.stubFor(post(urlEqualTo("/eligibility")).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        asDoctor().when().get("/api/me")
                .then().statusCode(200)
                .body("degraded", equalTo(true))
                .body("unavailable", contains("aids-service"))
                .body("eligibility", nullValue())
                .body("openTasks.code", contains("ORDRE_REGISTRATION"));
    }

    @Test
    void a_slow_aids_service_degrades_the_view_within_its_timeout() {
        Downstreams.aids.resetAll();
        Downstreams.aids.stubFor(post(urlEqualTo("/eligibility")).willReturn(json("{}").withFixedDelay(10_000)));

        asDoctor().when().get("/api/me")
                .then().statusCode(200).time(lessThan(6_000L))
                .body("degraded", equalTo(true))
                .body("unavailable", contains("aids-service"));
    }

    @Test
    void without_cases_service_the_view_is_degraded_and_empty() {
        Downstreams.cases.resetAll();
        Downstreams.cases.stubFor(get(urlPathEqualTo("/cases")).willReturn(aResponse().withStatus(503)));

        asDoctor().when().get("/api/me")
                .then().statusCode(200)
                .body("degraded", equalTo(true))
                .body("unavailable", contains("cases-service"))
                .body("cases", empty());
    }

    @Test
    void the_view_is_for_doctors() {
        given().auth().oauth2(TestTokens.forRole("me-correspondant", "correspondant")).when().get("/api/me")
                .then().statusCode(403).contentType("application/problem+json");
        given().when().get("/api/me").then().statusCode(401).contentType("application/problem+json");
    }
}
