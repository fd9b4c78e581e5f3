package fr.guichet.welcome;

import static fr.guichet.welcome.Events.problem;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import fr.guichet.testsupport.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

/** The conventions every service keeps: request ids, problems for client mistakes, tokens checked, health. */
@QuarkusTest
class ProtocolTest {

    @Test
    void a_request_id_is_echoed_or_made() {
        Actors.anonymous().header("X-Request-Id", "essai-42").get("/events").then().statusCode(200)
                .header("X-Request-Id", equalTo("essai-42"));
        Actors.anonymous().get("/events").then().header("X-Request-Id", notNullValue());
    }

    @Test
    void a_body_that_is_not_json_is_a_problem() {
        Actors.organiser41().contentType("text/plain").body("bonjour").post("/events").then().spec(problem(415));
        Actors.organiser41().body("{\"kind\": ").post("/events").then().spec(problem(400));
    }

    @Test
    void a_token_of_another_issuer_or_expired_is_refused() {
        RestAssured.given().auth().oauth2(TestTokens.fromOtherIssuer("organisateur-41", "organiser")).get("/events/managed")
                .then().spec(problem(401));
        RestAssured.given().auth().oauth2(TestTokens.expired("organisateur-41", "organiser")).get("/events/managed")
                .then().spec(problem(401));
    }

    @Test
    void reading_a_draft_with_a_bad_token_is_refused_rather_than_answered_as_to_the_public() {
        RestAssured.given().auth().oauth2("not-a-token").get("/events/" + Events.create(Actors.organiser41(),
                Events.welcomeDay41(Instant.now(), 30, 5))).then().spec(problem(401));
    }

    @Test
    void readiness_reflects_the_database() {
        RestAssured.given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsString("Database")));
    }

    @Test
    void metrics_are_served_for_prometheus() {
        RestAssured.given().get("/q/metrics").then().statusCode(200)
                .body(containsString("http_server_requests_seconds"));
    }
}
