package fr.guichet.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Tokens Keycloak issues from the realm export are accepted by the gateway and by each service. */
@ExtendWith(Stack.class)
class RealTokensTest {

    private static final Map<String, Object> NEW_CASE = Map.of(
            "professional", Map.of("firstName", "Paul", "lastName", "Durand", "email", "paul.durand@example.org",
                    "rpps", "10012345673", "profession", "NURSE", "careerStage", "INSTALLING"),
            "project", Map.of("targetCommune", "02408"));

    @Test
    void a_doctor_password_grant_token_is_accepted_by_the_gateway_and_by_cases_service() {
        String token = Tokens.of("doctor");
        given().auth().oauth2(token).get(Stack.GATEWAY + "/api/cases").then().statusCode(200);
        given().auth().oauth2(token).get(Stack.CASES + "/cases").then().statusCode(200);
    }

    @Test
    void a_partner_client_credentials_token_is_accepted_by_the_gateway_and_by_cases_service() {
        String token = Tokens.partnerDemo();
        given().auth().oauth2(token).contentType("application/json").header("Idempotency-Key", "e2e-" + System.nanoTime())
                .body(NEW_CASE).post(Stack.GATEWAY + "/api/cases")
                .then().statusCode(201).body("channel", equalTo("PARTNER")).header("Location", startsWith("/api/cases/"));
        given().auth().oauth2(token).get(Stack.CASES + "/cases").then().statusCode(200);
    }

    @Test
    void a_catalogue_admin_token_is_accepted_by_aids_service_which_then_judges_the_body() {
        given().auth().oauth2(Tokens.of("admin")).contentType("application/json").body("{}")
                .post(Stack.AIDS + "/aids").then().statusCode(400);
        given().contentType("application/json").body("{}")
                .post(Stack.AIDS + "/aids").then().statusCode(401);
    }

    @Test
    void a_token_of_the_realm_is_refused_where_its_role_does_not_reach() {
        given().auth().oauth2(Tokens.of("admin")).get(Stack.GATEWAY + "/api/cases").then().statusCode(403);
    }
}
