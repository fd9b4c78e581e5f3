package fr.guichet.e2e;

import static io.restassured.RestAssured.given;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.restassured.specification.RequestSpecification;

/** The guichet's day, through the gateway only, with tokens Keycloak issues. */
@ExtendWith(Stack.class)
class GuichetJourneyTest {

    private static final Map<String, Object> MENDE_PROJECT = Map.of(
            "professional", Map.of("firstName", "Claire", "lastName", "Martin", "email", "claire.martin@example.org",
                    "profession", "GENERAL_PRACTITIONER", "careerStage", "INSTALLING"),
            "project", Map.of("targetCommune", "48095", "practiceMode", "LIBERAL", "coordinatedPractice", "MSP",
                    "sector", "SECTOR_1", "onCallDuty", true, "daysPerWeek", 4, "plannedStartDate", "2027-01-04"));

    private static RequestSpecification as(String token) {
        return given().baseUri(Stack.GATEWAY).auth().oauth2(token).contentType("application/json");
    }

    private static String move(String token, String id, String etag, String to) {
        return as(token).header("If-Match", etag).body(Map.of("to", to)).post("/api/cases/" + id + "/transitions")
                .then().statusCode(200).body("status", equalTo(to)).extract().header("ETag");
    }

    @Test
    void a_doctor_files_and_the_correspondant_takes_the_case_to_installation_which_the_doctor_follows() {
        String doctor = Tokens.of("doctor");
        String desk = Tokens.of("correspondant-occitanie");
        String id = as(doctor).body(MENDE_PROJECT).post("/api/cases").then().statusCode(201)
                .body("professional.rpps", equalTo("10005173140")).extract().path("id");

        String etag = as(desk).get("/api/cases/" + id).then().statusCode(200).extract().header("ETag");
        etag = move(desk, id, etag, "QUALIFIED");
        etag = move(desk, id, etag, "PROJECT_DEFINED");
        etag = move(desk, id, etag, "PROCEDURES");
        List<String> mandatory = as(desk).get("/api/cases/" + id + "/tasks").then().statusCode(200)
                .extract().path("findAll { it.mandatory }.id");
        for (String task : mandatory) {
            etag = as(desk).header("If-Match", etag).body(Map.of("status", "DONE"))
                    .patch("/api/cases/" + id + "/tasks/" + task).then().statusCode(200).extract().header("ETag");
        }
        move(desk, id, etag, "INSTALLED");

        as(doctor).get("/api/me").then().statusCode(200)
                .body("degraded", equalTo(false))
                .body("current.id", equalTo(id))
                .body("current.status", equalTo("INSTALLED"))
                .body("eligibility.aids", notNullValue());
    }

    @Test
    void a_partner_creating_twice_with_one_idempotency_key_gets_one_case() {
        String partner = Tokens.partnerDemo();
        String key = "e2e-twice-" + System.nanoTime();
        Map<String, Object> request = Map.of(
                "professional", Map.of("rpps", "10012345673", "firstName", "Paul", "lastName", "Durand",
                        "email", "paul.durand@example.org", "profession", "NURSE", "careerStage", "INSTALLING"),
                "project", Map.of("targetCommune", "02408"));
        String first = as(partner).header("Idempotency-Key", key).body(request).post("/api/cases")
                .then().statusCode(201).extract().path("id");
        String second = as(partner).header("Idempotency-Key", key).body(request).post("/api/cases")
                .then().statusCode(201).extract().path("id");
        assertEquals(first, second);
    }

    @Test
    void nobody_reaches_a_case_that_is_not_theirs() {
        String id = as(Tokens.of("doctor")).body(MENDE_PROJECT).post("/api/cases").then().statusCode(201)
                .extract().path("id");

        as(Tokens.of("doctor2")).get("/api/cases/" + id).then().statusCode(404);
        as(Tokens.of("correspondant")).get("/api/cases/" + id).then().statusCode(404);
        as(Tokens.partnerDemo()).get("/api/cases/" + id).then().statusCode(404);
    }

    @Test
    void a_forged_token_is_refused() {
        String[] parts = Tokens.of("doctor").split("\\.");
        String claims = new String(Base64.getUrlDecoder().decode(parts[1]), UTF_8)
                .replace("\"doctor\"", "\"correspondant\"");
        String forged = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(claims.getBytes(UTF_8)) + "." + parts[2];
        as(forged).get("/api/cases").then().statusCode(401);
    }

    @Test
    void a_token_of_another_realm_is_refused() {
        String master = given().formParam("grant_type", "password").formParam("client_id", "admin-cli")
                .formParam("username", "admin").formParam("password", "admin")
                .post("http://localhost:8180/realms/master/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
        as(master).get("/api/cases").then().statusCode(401);
    }
}
