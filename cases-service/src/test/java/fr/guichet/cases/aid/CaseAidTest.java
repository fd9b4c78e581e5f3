package fr.guichet.cases.aid;

import static fr.guichet.cases.Actors.claire;
import static fr.guichet.cases.Actors.occitanie;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import fr.guichet.cases.Actors;
import fr.guichet.cases.AidsServiceStub;
import fr.guichet.cases.Cases;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;

/** The aids of a case: aids-service's verdict passed through, and the correspondant's selection. */
@QuarkusTest
class CaseAidTest {

    @Inject
    ObjectMapper json;

    @Test
    void eligibility_passes_aids_service_assessment_through() {
        String id = Cases.create(occitanie(), Cases.newCase(Actors.RPPS_CLAIRE, Cases.MENDE));

        occitanie().get("/cases/" + id + "/eligibility").then().statusCode(200)
                .body("asOf", equalTo("2027-01-04"))
                .body("aids.code", contains("OCCITANIE_MONTAGNE", "CONV2024_FMT_MAJORATION", "CESP"))
                .body("aids.status", contains("ELIGIBLE", "NEEDS_INFO", "INELIGIBLE"))
                .body("aids[0].criteria[0].reason", equalTo("Profession visée : médecin généraliste."))
                .body("commune.name", equalTo("Mende"))
                .body("combination", contains("OCCITANIE_MONTAGNE"))
                .body("totalCents", equalTo(5000000));
    }

    @Test
    void eligibility_asks_aids_service_about_the_case_project_as_its_contract_says() throws IOException {
        Map<String, Object> request = Cases.newCase(Actors.RPPS_CLAIRE, Cases.MENDE);
        @SuppressWarnings("unchecked")
        Map<String, Object> project = (Map<String, Object>) request.get("project");
        project.put("remainingStudyMonths", 12);
        project.put("aidsAlreadyReceived", List.of(Map.of("code", "CESP", "date", "2019-09-01")));
        String id = Cases.create(occitanie(), request);

        occitanie().get("/cases/" + id + "/eligibility").then().statusCode(200);

        assertEquals(AidsServiceStub.SIMULATION.request().body(), json.readTree(AidsServiceStub.lastRequestBody()));
    }

    @Test
    void the_aids_client_reads_exactly_the_fields_of_its_contract() {
        AidsServiceStub.SIMULATION.assertReadExactlyBy(json.constructType(Eligibility.class), json);
    }

    @Test
    void a_field_aids_service_adds_to_its_answer_breaks_nothing() {
        String id = Cases.create(occitanie(), Cases.newCase(Actors.RPPS_CLAIRE, Cases.MENDE));
        ObjectNode answer = AidsServiceStub.SIMULATION.response().body().deepCopy();
        answer.put("simulatorRelease", "2027.1");
        AidsServiceStub.answerWith(answer.toString());
        try {
            occitanie().get("/cases/" + id + "/eligibility").then().statusCode(200)
                    .body("totalCents", equalTo(5000000))
                    .body("simulatorRelease", nullValue());
        } finally {
            AidsServiceStub.answerNormally();
        }
    }

    @Test
    void a_project_aids_service_refuses_answers_422_without_retrying() {
        String id = Cases.create(occitanie(), Cases.newCase(Actors.RPPS_CLAIRE, Cases.MENDE));
        AidsServiceStub.failWith(400);
        try {
            occitanie().get("/cases/" + id + "/eligibility").then().spec(Cases.problem(422));

            assertEquals(1, AidsServiceStub.callsReceived(), "a refusal is not worth a retry");
        } finally {
            AidsServiceStub.answerNormally();
        }
    }

    @Test
    void a_doctor_reads_the_eligibility_of_their_own_case() {
        String id = Cases.create(claire(), Cases.newCase(null, Cases.MENDE));

        claire().get("/cases/" + id + "/eligibility").then().statusCode(200)
                .body("aids.code", hasItem("OCCITANIE_MONTAGNE"));
    }

    @Test
    void the_correspondant_selects_an_eligible_aid() {
        String id = Cases.create(occitanie(), Cases.newCase(Actors.RPPS_CLAIRE, Cases.MENDE));
        String before = Cases.etag(occitanie(), id);

        select(id, before, "OCCITANIE_MONTAGNE").then().statusCode(201)
                .header("ETag", notNullValue())
                .body("code", equalTo("OCCITANIE_MONTAGNE"))
                .body("label", containsString("montagne"))
                .body("eligibilityStatus", equalTo("ELIGIBLE"))
                .body("selectedBy", equalTo("correspondant:correspondant-occitanie"));

        occitanie().get("/cases/" + id + "/aids").then().statusCode(200)
                .body("code", contains("OCCITANIE_MONTAGNE"));
        occitanie().get("/cases/" + id + "/history").then().statusCode(200)
                .body("find { it.kind == 'AID_SELECTED' }.after.code", equalTo("OCCITANIE_MONTAGNE"))
                .body("find { it.kind == 'AID_SELECTED' }.actor", equalTo("correspondant:correspondant-occitanie"));
    }

    @Test
    void an_aid_that_needs_more_information_may_be_selected() {
        String id = Cases.create(occitanie(), Cases.newCase(Actors.RPPS_CLAIRE, Cases.MENDE));

        select(id, Cases.etag(occitanie(), id), "CONV2024_FMT_MAJORATION").then().statusCode(201)
                .body("eligibilityStatus", equalTo("NEEDS_INFO"));
    }

    @Test
    void selecting_an_ineligible_aid_answers_422() {
        String id = Cases.create(occitanie(), Cases.newCase(Actors.RPPS_CLAIRE, Cases.MENDE));

        select(id, Cases.etag(occitanie(), id), "CESP").then().spec(Cases.problem(422));

        occitanie().get("/cases/" + id + "/aids").then().statusCode(200).body("$", empty());
    }

    @Test
    void selecting_an_aid_not_in_force_answers_422() {
        String id = Cases.create(occitanie(), Cases.newCase(Actors.RPPS_CLAIRE, Cases.MENDE));

        select(id, Cases.etag(occitanie(), id), "NO_SUCH_AID").then().spec(Cases.problem(422));

        occitanie().get("/cases/" + id + "/aids").then().statusCode(200).body("$", empty());
    }

    @Test
    void selecting_the_same_aid_twice_answers_409() {
        String id = Cases.create(occitanie(), Cases.newCase(Actors.RPPS_CLAIRE, Cases.MENDE));
        String etag = select(id, Cases.etag(occitanie(), id), "OCCITANIE_MONTAGNE").then().statusCode(201)
                .extract().header("ETag");

        select(id, etag, "OCCITANIE_MONTAGNE").then().spec(Cases.problem(409));

        occitanie().get("/cases/" + id + "/aids").then().body("code", contains("OCCITANIE_MONTAGNE"));
    }

    private static Response select(String id, String etag, String code) {
        return occitanie().header("If-Match", etag).body(Map.of("code", code)).post("/cases/" + id + "/aids");
    }
}
