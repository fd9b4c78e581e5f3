package fr.guichet.cases.aid;

import static fr.guichet.cases.Actors.occitanie;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import fr.guichet.cases.Actors;
import fr.guichet.cases.AidsServiceStub;
import fr.guichet.cases.Cases;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;

/** The simulation of a case is about the case's own facts, and the simulator's incompatibilities hold on the case. */
@QuarkusTest
class CaseAidFactsTest {

    @Inject
    ObjectMapper json;

    @AfterEach
    void simulatorAsUsual() {
        AidsServiceStub.answerNormally();
    }

    @Test
    void the_simulation_is_asked_with_the_case_facts_and_the_aids_already_received() throws IOException {
        Map<String, Object> request = Cases.newCase(Actors.RPPS_CLAIRE, Cases.MENDE);
        @SuppressWarnings("unchecked")
        Map<String, Object> project = (Map<String, Object>) request.get("project");
        project.put("practiceSite", "SECONDARY");
        project.put("alreadyInstalledElsewhere", true);
        project.put("remainingStudyMonths", 14);
        project.put("aidsAlreadyReceived", List.of(Map.of("code", "CAIM", "date", "2020-05-01")));
        String id = Cases.create(occitanie(), request);

        occitanie().get("/cases/" + id).then().statusCode(200)
                .body("project.practiceSite", equalTo("SECONDARY"))
                .body("project.aidsAlreadyReceived[0].code", equalTo("CAIM"));
        occitanie().get("/cases/" + id + "/eligibility").then().statusCode(200);

        JsonNode sent = json.readTree(AidsServiceStub.lastRequestBody());
        assertEquals("SECONDARY", sent.get("practiceSite").asText());
        assertEquals(true, sent.get("alreadyInstalledElsewhere").asBoolean());
        assertEquals(14, sent.get("remainingStudyMonths").asInt());
        assertEquals("CAIM", sent.get("aidsAlreadyReceived").get(0).get("code").asText());
        assertEquals("2020-05-01", sent.get("aidsAlreadyReceived").get(0).get("date").asText());
    }

    @Test
    void the_professional_records_an_aid_already_received_and_the_history_keeps_it() {
        String id = Cases.create(Actors.claire(), Cases.newCase(null, Cases.MENDE));

        Actors.claire().header("If-Match", Cases.etag(Actors.claire(), id))
                .body(Map.of("aidsAlreadyReceived", List.of(Map.of("code", "CESP", "date", "2019-09-01"))))
                .patch("/cases/" + id).then().statusCode(200)
                .body("project.aidsAlreadyReceived[0].date", equalTo("2019-09-01"));

        Actors.claire().get("/cases/" + id + "/history").then().statusCode(200)
                .body("find { it.field == 'aidsAlreadyReceived' }.after[0].code", equalTo("CESP"));
    }

    @Test
    void an_aid_received_without_a_date_or_with_a_malformed_code_is_refused() {
        String id = Cases.create(occitanie(), Cases.newCase(Actors.RPPS_CLAIRE, Cases.MENDE));
        String etag = Cases.etag(occitanie(), id);

        occitanie().header("If-Match", etag).body(Map.of("aidsAlreadyReceived", List.of(Map.of("code", "caim"))))
                .patch("/cases/" + id).then().spec(Cases.problem(400))
                .body("errors.field", hasItem(containsString("aidsAlreadyReceived")));
        occitanie().header("If-Match", etag).body(Map.of("remainingStudyMonths", -1))
                .patch("/cases/" + id).then().spec(Cases.problem(400));
    }

    @Test
    void an_aid_the_simulator_says_is_incompatible_with_one_selected_is_refused_with_409() {
        AidsServiceStub.answerWithAids(
                AidsServiceStub.aid("OCCITANIE_MONTAGNE", "ARS", "REGIONAL_INSTALLATION", List.of("CAIM"), "UNSCHEDULED_TOTAL"),
                AidsServiceStub.aid("CAIM", "ASSURANCE_MALADIE", "CONVENTIONAL_INSTALLATION", List.of("COSCOM"), "INSTALMENTS"));
        String id = Cases.create(occitanie(), Cases.newCase(Actors.RPPS_CLAIRE, Cases.MENDE));
        String etag = select(id, Cases.etag(occitanie(), id), "OCCITANIE_MONTAGNE").then().statusCode(201).extract().header("ETag");

        select(id, etag, "CAIM").then().spec(Cases.problem(409))
                .body("detail", containsString("CAIM cannot be combined with OCCITANIE_MONTAGNE"));
    }

    @Test
    void the_incompatibility_holds_whichever_aid_declares_it() {
        AidsServiceStub.answerWithAids(
                AidsServiceStub.aid("CAIM", "ASSURANCE_MALADIE", "CONVENTIONAL_INSTALLATION", List.of("COSCOM"), "INSTALMENTS"),
                AidsServiceStub.aid("COSCOM", "ASSURANCE_MALADIE", "CONVENTIONAL_PRACTICE", List.of(), "INSTALMENTS"));
        String id = Cases.create(occitanie(), Cases.newCase(Actors.RPPS_CLAIRE, Cases.MENDE));
        String etag = select(id, Cases.etag(occitanie(), id), "CAIM").then().statusCode(201).extract().header("ETag");

        select(id, etag, "COSCOM").then().spec(Cases.problem(409))
                .body("detail", containsString("COSCOM cannot be combined with CAIM"));
        occitanie().get("/cases/" + id + "/aids").then().body("code", equalTo(List.of("CAIM")));
    }

    static Response select(String id, String etag, String code) {
        return occitanie().header("If-Match", etag).body(Map.of("code", code)).post("/cases/" + id + "/aids");
    }
}
