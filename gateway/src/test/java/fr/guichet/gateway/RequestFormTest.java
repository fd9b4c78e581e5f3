package fr.guichet.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.guichet.testsupport.TestTokens;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Quick requests go to cases-service, for correspondants; organisers may only refer someone; the public form needs no token but has a bucket of its own
 * per address (3 at once, then 10 an hour), far stricter than the anonymous limit.
 */
@QuarkusTest
class RequestFormTest {

    private static final String FORM = "{\"subject\":\"AIDS\",\"commune\":\"02408\",\"email\":\"a@example.org\",\"question\":\"?\"}";

    @BeforeEach
    void casesAnswer() {
        Downstreams.cases.resetAll();
        Downstreams.cases.stubFor(post(urlEqualTo("/requests/submissions")).willReturn(aResponse().withStatus(202)
                .withHeader("Content-Type", "application/json").withBody("{\"message\":\"Reçue\"}")));
        Downstreams.cases.stubFor(post(urlEqualTo("/requests/referrals")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody("{}")));
        Downstreams.cases.stubFor(get(urlEqualTo("/requests")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{\"items\":[]}")));
    }

    @Test
    void correspondants_list_requests_through_the_gateway_and_nobody_else() {
        String correspondant = TestTokens.forRole("routing-correspondant", "correspondant", Map.of("departments", List.of("02")));

        given().auth().oauth2(correspondant).when().get("/api/requests").then().statusCode(200);
        given().auth().oauth2(TestTokens.forRole("routing-doctor", "doctor")).when().get("/api/requests")
                .then().statusCode(403).contentType("application/problem+json");
        given().when().get("/api/requests").then().statusCode(401);

        Downstreams.cases.verify(1, getRequestedFor(urlEqualTo("/requests")));
    }

    @Test
    void organisers_refer_the_people_they_met_but_read_no_request() {
        String organiser = TestTokens.forRole("routing-organiser", "organiser",
                Map.of("organiser_org", "CD-41", "departments", List.of("41")));

        given().auth().oauth2(organiser).contentType("application/json").body("{}").when().post("/api/requests/referrals")
                .then().statusCode(201);
        given().auth().oauth2(organiser).when().get("/api/requests").then().statusCode(403);
        given().auth().oauth2(organiser).contentType("application/json").body("{}").when().post("/api/requests")
                .then().statusCode(403);
        given().auth().oauth2(TestTokens.forRole("routing-doctor", "doctor")).contentType("application/json").body("{}")
                .when().post("/api/requests/referrals").then().statusCode(403).contentType("application/problem+json");
        given().contentType("application/json").body("{}").when().post("/api/requests/referrals").then().statusCode(401);

        Downstreams.cases.verify(1, postRequestedFor(urlEqualTo("/requests/referrals")));
        Downstreams.cases.verify(0, getRequestedFor(urlEqualTo("/requests")));
    }

    @Test
    void the_public_form_needs_no_token_and_a_robot_soon_meets_its_limit() {
        for (int i = 0; i < 3; i++) {
            given().contentType("application/json").body(FORM).when().post("/api/requests/submissions")
                    .then().statusCode(202);
        }

        given().contentType("application/json").body(FORM).when().post("/api/requests/submissions")
                .then().statusCode(429).contentType("application/problem+json").header("Retry-After", notNullValue())
                .body("status", equalTo(429));

        Downstreams.cases.verify(3, postRequestedFor(urlEqualTo("/requests/submissions")));
        Downstreams.cases.verify(3, anyRequestedFor(anyUrl()));
    }

    @Test
    void the_desk_posting_for_its_visitors_gives_each_visitor_their_own_allowance() {
        for (String visitor : List.of("203.0.113.7", "203.0.113.8")) {
            for (int i = 0; i < 3; i++) {
                given().header("X-Forwarded-For", visitor).contentType("application/json").body(FORM)
                        .when().post("/api/requests/submissions").then().statusCode(202);
            }
            given().header("X-Forwarded-For", visitor).contentType("application/json").body(FORM)
                    .when().post("/api/requests/submissions").then().statusCode(429);
        }

        Downstreams.cases.verify(6, postRequestedFor(urlEqualTo("/requests/submissions")));
    }
}
