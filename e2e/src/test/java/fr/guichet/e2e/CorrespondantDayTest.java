package fr.guichet.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.oneOf;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.restassured.specification.RequestSpecification;

/**
 * The correspondant's day (#17) through the gateway with Keycloak's tokens: a phone call logged and closed in one
 * call, a question sent through the public form and turned into a case without retyping, the case's dated plan,
 * the deadline lists and the activity indicators that count requests apart from cases.
 */
@ExtendWith(Stack.class)
class CorrespondantDayTest {

    private static final String LAON = "02408";
    /** Luhn-valid, and no user of the realm's. */
    private static final String HUGO_S_RPPS = "10099887761";

    private static RequestSpecification as(String token) {
        return given().baseUri(Stack.GATEWAY).auth().oauth2(token).contentType("application/json");
    }

    @Test
    void a_phone_call_is_logged_and_closed_in_one_call_and_counted_apart_from_cases() {
        String desk = Tokens.of("correspondant");
        String question = "Quelles aides pour un interne qui veut s'installer à Laon ? " + UUID.randomUUID();
        Map<String, Object> call = new HashMap<>(Map.of("channel", "PHONE", "subject", "AIDS", "department", "02",
                "question", question, "answer", "Le CESP et, une fois installé, l'aide de l'Assurance Maladie en ZIP.",
                "status", "ANSWERED"));
        call.put("requester", Map.of("firstName", "Léa", "lastName", "Durand", "profession", "GENERAL_PRACTITIONER",
                "careerStage", "INTERN"));

        as(desk).body(call).post("/api/requests").then().statusCode(201)
                .body("status", equalTo("ANSWERED")).body("secondsToAnswer", notNullValue());

        as(desk).queryParam("q", "installer Laon").queryParam("limit", 100).get("/api/requests").then().statusCode(200)
                .body("items.question", hasItem(question));
        as(desk).accept("application/json").get("/api/cases/indicators/activity").then().statusCode(200)
                .body("total.requests", greaterThanOrEqualTo(1));
        as(desk).accept("text/csv").get("/api/cases/indicators/activity").then().statusCode(200)
                .body(org.hamcrest.Matchers.startsWith("dimension,value,requests,accompaniedCases,installations,contracts"));
    }

    @Test
    void a_question_from_the_public_form_becomes_a_case_with_a_dated_plan() {
        String question = "Quelles démarches pour ouvrir un cabinet libéral à Laon ? " + UUID.randomUUID();
        Map<String, Object> form = new HashMap<>(Map.of("firstName", "Hugo", "lastName", "Petit",
                "email", "hugo.petit@example.org", "profession", "GENERAL_PRACTITIONER", "careerStage", "INTERN",
                "subject", "STEPS", "commune", LAON, "question", question));
        form.put("website", "");
        given().baseUri(Stack.GATEWAY).contentType("application/json").body(form)
                .post("/api/requests/submissions").then().statusCode(202);

        String desk = Tokens.of("correspondant");
        String request = as(desk).queryParam("status", "OPEN").queryParam("limit", 100).get("/api/requests")
                .then().statusCode(200).extract().path("items.find { it.question == '" + question + "' }.id");
        String etag = as(desk).get("/api/requests/" + request).then().statusCode(200).extract().header("ETag");
        String caseId = as(desk).header("If-Match", etag).body(Map.of("rpps", HUGO_S_RPPS))
                .post("/api/requests/" + request + "/case").then().statusCode(201)
                .body("fromRequest", equalTo(request))
                .body("professional.lastName", equalTo("Petit"))
                .body("project.targetCommune", equalTo(LAON))
                .extract().path("id");

        as(desk).get("/api/requests/" + request).then().statusCode(200)
                .body("status", equalTo("CASE_OPENED")).body("caseId", equalTo(caseId));
        as(desk).get("/api/cases/" + caseId + "/plan").then().statusCode(200)
                .body("steps.code", hasItem("ORDRE_REGISTRATION"))
                .body("outlook", oneOf("ON_TRACK", "AT_RISK", "NO_PLANNED_START"));
        as(desk).get("/api/deadlines/overdue").then().statusCode(200).body("items", notNullValue());
        as(Tokens.of("doctor")).get("/api/requests").then().statusCode(403);
        as(Tokens.of("doctor")).get("/api/cases/" + caseId + "/plan").then().statusCode(404)
                .contentType("application/problem+json");
    }
}
