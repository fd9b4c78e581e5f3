package fr.guichet.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.guichet.testsupport.TestTokens;
import io.quarkus.test.junit.QuarkusTest;

/** The deadline lists and the reminders' unsubscribe link (#17) go to cases-service, each with its own rule. */
@QuarkusTest
class DeadlineRoutesTest {

    @BeforeEach
    void casesAnswer() {
        Downstreams.cases.resetAll();
        Downstreams.cases.stubFor(get(urlEqualTo("/deadlines/overdue")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{\"items\":[]}")));
        Downstreams.cases.stubFor(get(urlPathEqualTo("/reminders/unsubscribe")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/plain").withBody("C'est noté")));
    }

    @Test
    void the_deadline_lists_are_for_correspondants_and_partners() {
        given().auth().oauth2(TestTokens.forRole("curious-doctor", "doctor", Map.of("rpps", "10005173140")))
                .when().get("/api/deadlines/overdue")
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.forRole("correspondant-02", "correspondant", Map.of("departments", List.of("02"))))
                .when().get("/api/deadlines/overdue")
                .then().statusCode(200);

        Downstreams.cases.verify(1, anyRequestedFor(anyUrl()));
    }

    @Test
    void the_unsubscribe_link_of_a_digest_needs_no_token() {
        given().queryParam("token", "signed-by-cases-service")
                .when().get("/api/reminders/unsubscribe")
                .then().statusCode(200);
    }
}
