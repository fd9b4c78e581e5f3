package fr.guichet.cases;

import static fr.guichet.cases.Cases.problem;
import static org.hamcrest.Matchers.contains;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;
import io.quarkus.test.junit.QuarkusTest;

/** A malformed path parameter is the client's mistake: a 400 problem naming it, never a 404 page. */
@QuarkusTest
class MalformedPathParameterTest {

    @Test
    void a_case_id_that_is_no_uuid_is_refused_naming_id() {
        Actors.occitanie().get("/cases/not-a-uuid")
                .then().spec(problem(400)).body("errors.field", contains("id"));
    }

    @Test
    void a_task_id_that_is_no_uuid_is_refused_naming_task_id() {
        Actors.occitanie().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(Map.of("status", "DONE"))
                .patch("/cases/" + UUID.randomUUID() + "/tasks/42")
                .then().spec(problem(400)).body("errors.field", contains("taskId"));
    }

    @Test
    void an_aid_code_in_lower_case_is_refused_naming_code() {
        Actors.occitanie().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(Map.of("to", "FILED"))
                .post("/cases/" + UUID.randomUUID() + "/aids/caim/events")
                .then().spec(problem(400)).body("errors.field", contains("code"));
    }

    @Test
    void an_organisation_code_with_spaces_is_refused_naming_code() {
        Actors.guichetAdmin().get("/partners/organisations/not a code")
                .then().spec(problem(400)).body("errors.field", contains("code"));
    }

    @Test
    void a_subscription_id_that_is_no_uuid_is_refused_naming_id() {
        Actors.partner("malformed-path").get("/webhooks/subscriptions/123")
                .then().spec(problem(400)).body("errors.field", contains("id"));
    }

    @Test
    void an_rpps_without_its_check_digit_is_refused_naming_rpps() {
        Actors.occitanie().get("/privacy/professionals/10005173141/export")
                .then().spec(problem(400)).body("errors.field", contains("rpps"));
    }
}
