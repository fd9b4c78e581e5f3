package fr.guichet.cases.request;

import static fr.guichet.cases.Cases.problem;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.Map;

import org.junit.jupiter.api.Test;

import fr.guichet.cases.Actors;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

/** A request becomes a case without retyping, each naming the other. Hautes-Alpes (05) is this class's department. */
@QuarkusTest
class OpenCaseFromRequestTest {

    private static final String GAP = "05061";

    private static RequestSpecification alpes() {
        return Actors.correspondant("correspondant-alpes", "05");
    }

    private static String requestFromGap() {
        return Requests.log(alpes(), Requests.with(Requests.with(Requests.phoneCall(null, "Je veux m'installer à Gap."),
                "commune", GAP), "channel", "EMAIL"));
    }

    @Test
    void the_requests_facts_prefill_the_case_and_both_are_linked() {
        String request = requestFromGap();

        String caseId = alpes().header("If-Match", Requests.etag(alpes(), request)).body(Map.of("rpps", Actors.RPPS_CLAIRE))
                .post("/requests/" + request + "/case").then().statusCode(201)
                .header("Location", containsString("/cases/"))
                .body("fromRequest", equalTo(request))
                .body("professional.firstName", equalTo("Léa"))
                .body("professional.lastName", equalTo("Durand"))
                .body("professional.email", equalTo("lea.durand@example.org"))
                .body("professional.profession", equalTo("GENERAL_PRACTITIONER"))
                .body("professional.careerStage", equalTo("INTERN"))
                .body("project.targetCommune", equalTo(GAP))
                .body("project.notes", containsString("Je veux m'installer à Gap."))
                .body("channel", equalTo("EMAIL"))
                .extract().path("id");

        alpes().get("/requests/" + request).then().statusCode(200)
                .body("status", equalTo("CASE_OPENED")).body("caseId", equalTo(caseId));
        alpes().get("/cases/" + caseId).then().statusCode(200).body("fromRequest", equalTo(request));
        alpes().get("/cases/" + caseId + "/history").then().statusCode(200)
                .body("find { it.kind == 'CREATED' }.after.fromRequest", equalTo(request));
    }

    @Test
    void a_fact_neither_the_request_nor_the_caller_gives_is_required() {
        String request = Requests.log(alpes(), Requests.with(Requests.phoneCall("05", "Anonyme"), "requester", null));

        alpes().header("If-Match", Requests.etag(alpes(), request)).body(Map.of("rpps", Actors.RPPS_CLAIRE))
                .post("/requests/" + request + "/case").then().spec(problem(400))
                .body("errors.field", hasItem("email")).body("errors.field", hasItem("targetCommune"))
                .body("errors.field", hasItem("lastName"));
        alpes().get("/requests/" + request).then().body("status", equalTo("OPEN"));
    }

    @Test
    void a_request_becomes_one_case_only() {
        String request = requestFromGap();
        alpes().header("If-Match", Requests.etag(alpes(), request)).body(Map.of("rpps", Actors.RPPS_CLAIRE))
                .post("/requests/" + request + "/case").then().statusCode(201);

        alpes().header("If-Match", Requests.etag(alpes(), request)).body(Map.of("rpps", Actors.RPPS_CLAIRE))
                .post("/requests/" + request + "/case").then().spec(problem(409));
        alpes().header("If-Match", Requests.etag(alpes(), request)).body(Map.of("status", "CLOSED"))
                .patch("/requests/" + request).then().spec(problem(409));
    }
}
