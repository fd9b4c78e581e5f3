package fr.guichet.cases.request;

import static fr.guichet.cases.Cases.problem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import fr.guichet.cases.Actors;
import io.quarkus.test.junit.QuarkusTest;

/** The public form: no token, open and unassigned in its department, robots silently dropped. Ariège (09) is this class's. */
@QuarkusTest
class SubmissionTest {

    private static Map<String, Object> submission(String question) {
        Map<String, Object> form = new HashMap<>();
        form.put("firstName", "Hugo");
        form.put("lastName", "Petit");
        form.put("email", "hugo.petit@example.org");
        form.put("profession", "NURSE");
        form.put("careerStage", "STUDENT");
        form.put("subject", "TRAINING");
        form.put("commune", "09122");
        form.put("question", question);
        form.put("website", "");
        return form;
    }

    private static io.restassured.response.ValidatableResponse ariegeList() {
        return Actors.correspondant("correspondant-ariege", "09").get("/requests?limit=100").then().statusCode(200);
    }

    @Test
    void a_professional_submits_without_a_token_and_the_departments_correspondants_see_it_open() {
        String question = "Un stage près de Foix ? " + UUID.randomUUID();

        Actors.anonymous().body(submission(question)).post("/requests/submissions").then().statusCode(202)
                .body("message", org.hamcrest.Matchers.startsWith("Votre demande a bien été reçue"));

        String found = "items.find { it.question == '" + question + "' }.";
        ariegeList().body(found + "channel", equalTo("WEB_FORM")).body(found + "status", equalTo("OPEN"))
                .body(found + "assignee", nullValue()).body(found + "department", equalTo("09"))
                .body(found + "loggedBy", equalTo("public"));
    }

    @Test
    void a_filled_honeypot_is_answered_alike_and_dropped() {
        String question = "Achetez mes pilules " + UUID.randomUUID();
        Map<String, Object> robot = submission(question);
        robot.put("website", "https://spam.example");

        Actors.anonymous().body(robot).post("/requests/submissions").then().statusCode(202)
                .body("message", org.hamcrest.Matchers.startsWith("Votre demande a bien été reçue"));

        ariegeList().body("items.question", not(hasItem(question)));
    }

    @Test
    void an_invalid_submission_is_a_problem_naming_its_fields() {
        Map<String, Object> invalid = submission("");
        invalid.put("email", "not-an-address");
        invalid.remove("subject");

        Actors.anonymous().body(invalid).post("/requests/submissions").then().spec(problem(400))
                .body("errors.field", hasItems("email", "question", "subject"));
        Map<String, Object> nowhere = submission("Où ?");
        nowhere.remove("commune");
        Actors.anonymous().body(nowhere).post("/requests/submissions").then().spec(problem(400))
                .body("errors[0].field", equalTo("department"));
    }
}
