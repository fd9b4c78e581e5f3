package fr.guichet.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;

import fr.guichet.testsupport.TestTokens;
import fr.guichet.testsupport.contract.Contract;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

/**
 * /api/me, with cases-service standing in by the examples of contracts/cases-service (which cases-service's
 * own tests check against its real answers): the doctor's first open case is the current one.
 */
@QuarkusTest
class ComposedViewTest {

    static final Contract CASES = Contract.of("cases-service", "list-my-cases");
    static final Contract CASE = Contract.of("cases-service", "read-a-case");
    static final Contract TASKS = Contract.of("cases-service", "list-a-case-tasks");
    static final Contract ELIGIBILITY = Contract.of("cases-service", "read-a-case-eligibility");
    private static final String CURRENT_ID = CASE.request().pathParameters().get("id");

    @BeforeEach
    void cases_service_answers_as_its_contracts_say() {
        Downstreams.cases.resetAll();
        Downstreams.aids.resetAll();
        for (Contract contract : List.of(CASES, CASE, TASKS, ELIGIBILITY)) {
            Downstreams.cases.stubFor(get(urlEqualTo(contract.examplePath())).willReturn(
                    aResponse().withStatus(contract.response().status()).withHeader("Content-Type", "application/json")
                            .withBody(contract.responseBody())));
        }
    }

    private static void eligibilityAnswers(ResponseDefinitionBuilder answer) {
        Downstreams.cases.stubFor(get(urlEqualTo(ELIGIBILITY.examplePath())).willReturn(answer));
    }

    private static RequestSpecification asDoctor() {
        return given().auth().oauth2(TestTokens.forRole("me-doctor-" + System.nanoTime(), "doctor",
                Map.of("rpps", "10005173140")));
    }

    @Test
    void a_doctor_sees_their_cases_the_open_tasks_and_the_eligibility_of_their_current_case() {
        asDoctor().when().get("/api/me")
                .then().statusCode(200)
                .body("cases.reference", contains("GU-48-2026-000031", "GU-48-2026-000012"))
                .body("current.id", equalTo(CURRENT_ID))
                .body("current.project.targetCommune", equalTo("48095"))
                .body("openTasks.code", contains("ORDRE_REGISTRATION", "ARS_AID_OCCITANIE_MONTAGNE"))
                .body("openTasks.awaitingProfessional", contains(1, 0))
                .body("eligibility.totalCents", equalTo(5000000))
                .body("eligibility.aids.code", contains("OCCITANIE_MONTAGNE", "CESP"))
                .body("degraded", equalTo(false))
                .body("unavailable", empty());

        Downstreams.cases.verify(getRequestedFor(urlEqualTo(ELIGIBILITY.examplePath())));
        Downstreams.aids.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void without_an_open_case_there_is_no_current_one() {
        Downstreams.cases.stubFor(get(urlPathEqualTo("/cases")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{\"items\": [], \"nextCursor\": null}")));

        asDoctor().when().get("/api/me")
                .then().statusCode(200)
                .body("cases", empty())
                .body("current", nullValue())
                .body("openTasks", empty())
                .body("degraded", equalTo(false));
    }

    @Test
    void without_aids_service_the_view_is_degraded_not_an_error() {
        eligibilityAnswers(aResponse().withStatus(503).withHeader("Retry-After", "10")
                .withHeader("Content-Type", "application/problem+json").withBody("{\"status\": 503}"));

        asDoctor().when().get("/api/me")
                .then().statusCode(200)
                .body("degraded", equalTo(true))
                .body("unavailable", contains("aids-service"))
                .body("eligibility", nullValue())
                .body("openTasks.code", contains("ORDRE_REGISTRATION", "ARS_AID_OCCITANIE_MONTAGNE"));
    }

    @Test
    void a_slow_eligibility_degrades_the_view_within_its_timeout() {
        eligibilityAnswers(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                .withBody(ELIGIBILITY.responseBody()).withFixedDelay(10_000));

        asDoctor().when().get("/api/me")
                .then().statusCode(200).time(lessThan(6_000L))
                .body("degraded", equalTo(true))
                .body("unavailable", contains("aids-service"))
                .body("current.id", equalTo(CURRENT_ID));
    }

    @Test
    void a_project_the_simulator_cannot_read_yet_has_no_eligibility_and_degrades_nothing() {
        eligibilityAnswers(aResponse().withStatus(422).withHeader("Content-Type", "application/problem+json")
                .withBody("{\"status\": 422}"));

        asDoctor().when().get("/api/me")
                .then().statusCode(200)
                .body("eligibility", nullValue())
                .body("degraded", equalTo(false))
                .body("current.id", equalTo(CURRENT_ID));
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
    void a_case_that_cases_service_drops_mid_way_degrades_the_view() {
        Downstreams.cases.stubFor(get(urlEqualTo(TASKS.examplePath()))
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        asDoctor().when().get("/api/me")
                .then().statusCode(200)
                .body("degraded", equalTo(true))
                .body("unavailable", contains("cases-service"))
                .body("openTasks", empty())
                .body("eligibility.totalCents", equalTo(5000000));
    }

    @Test
    void the_view_is_for_doctors() {
        given().auth().oauth2(TestTokens.forRole("me-correspondant", "correspondant")).when().get("/api/me")
                .then().statusCode(403).contentType("application/problem+json");
        given().when().get("/api/me").then().statusCode(401).contentType("application/problem+json");
    }
}
