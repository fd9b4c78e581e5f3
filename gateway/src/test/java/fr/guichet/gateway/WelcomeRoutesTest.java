package fr.guichet.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.guichet.testsupport.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

/**
 * Events, offers and testimonials go to welcome-service (#19): anyone reads them and registers for an event,
 * organisers write, organisers and correspondants follow an event's registrants and read the welcome indicators;
 * everyone else is stopped at the door.
 */
@QuarkusTest
class WelcomeRoutesTest {

    private static final String EVENT = "/api/events/6f1c2d3e-0000-4000-8000-000000000041";

    @BeforeEach
    void welcomeAnswers() {
        Downstreams.welcome.resetAll();
        Downstreams.welcome.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{}")));
    }

    private static RequestSpecification as(String role, Map<String, Object> claims) {
        return given().auth().oauth2(TestTokens.forRole("welcome-" + role + "-" + System.nanoTime(), role, claims));
    }

    private static RequestSpecification organiser() {
        return as("organiser", Map.of("organiser_org", "CD-41", "departments", List.of("41")));
    }

    private static RequestSpecification correspondant() {
        return as("correspondant", Map.of("departments", List.of("41")));
    }

    @Test
    void events_offers_and_testimonials_are_read_without_a_token_and_without_the_api_prefix() {
        given().queryParam("department", "41").when().get("/api/events").then().statusCode(200);
        given().when().get(EVENT).then().statusCode(200);
        given().when().get("/api/offers").then().statusCode(200);
        given().when().get("/api/testimonials/a-story").then().statusCode(200);

        Downstreams.welcome.verify(getRequestedFor(urlEqualTo("/events?department=41")));
        Downstreams.welcome.verify(getRequestedFor(urlEqualTo(EVENT.substring("/api".length()))));
        Downstreams.welcome.verify(getRequestedFor(urlEqualTo("/offers")));
        Downstreams.welcome.verify(getRequestedFor(urlEqualTo("/testimonials/a-story")));
    }

    @Test
    void anyone_registers_for_an_event_and_uses_the_links_of_the_mails_without_a_token() {
        given().contentType("application/json").body("{}").when().post(EVENT + "/registrations").then().statusCode(200);
        given().contentType("application/json").body("{}").when().post("/api/registrations/cancellations").then().statusCode(200);
        given().contentType("application/json").body("{}").when().post("/api/registrations/survey-answers").then().statusCode(200);

        Downstreams.welcome.verify(3, postRequestedFor(anyUrl()));
    }

    @Test
    void writing_needs_an_organisers_token_which_reaches_the_service() {
        given().contentType("application/json").body("{}").when().post("/api/events")
                .then().statusCode(401).contentType("application/problem+json");
        as("doctor", Map.of("rpps", "10005173140")).contentType("application/json").body("{}").when().post("/api/offers")
                .then().statusCode(403).contentType("application/problem+json");
        correspondant().header("If-Match", "\"0\"").when().post(EVENT + "/publication")
                .then().statusCode(403).contentType("application/problem+json");
        Downstreams.welcome.verify(0, anyRequestedFor(anyUrl()));

        String token = TestTokens.forRole("organiser-41-" + System.nanoTime(), "organiser", Map.of("organiser_org", "CD-41"));
        given().auth().oauth2(token).header("If-Match", "\"0\"").when().post(EVENT + "/publication").then().statusCode(200);
        organiser().contentType("application/json").body("{}").when().put("/api/testimonials/a-story").then().statusCode(200);

        Downstreams.welcome.verify(postRequestedFor(urlEqualTo(EVENT.substring("/api".length()) + "/publication"))
                .withHeader("Authorization", equalTo("Bearer " + token)).withHeader("If-Match", equalTo("\"0\"")));
    }

    @Test
    void an_events_registrants_and_attendance_are_for_organisers_and_correspondants_only() {
        for (String path : List.of("/api/events/managed", EVENT + "/registrations", EVENT + "/registrations/r-1",
                EVENT + "/attendance")) {
            given().when().get(path).then().statusCode(401).contentType("application/problem+json");
            as("doctor", Map.of()).when().get(path).then().statusCode(403).contentType("application/problem+json");
            organiser().when().get(path).then().statusCode(200);
            correspondant().when().get(path).then().statusCode(200);
        }

        Downstreams.welcome.verify(8, getRequestedFor(anyUrl()));
    }

    @Test
    void the_welcome_indicators_are_for_organisers_and_correspondants_only_and_keep_the_asked_format() {
        given().when().get("/api/welcome/indicators").then().statusCode(401).contentType("application/problem+json");
        as("doctor", Map.of()).when().get("/api/welcome/indicators").then().statusCode(403).contentType("application/problem+json");
        organiser().contentType("application/json").body("{}").when().post("/api/welcome/indicators")
                .then().statusCode(403).contentType("application/problem+json");
        correspondant().when().get("/api/welcome/elsewhere").then().statusCode(403).contentType("application/problem+json");
        Downstreams.welcome.verify(0, anyRequestedFor(anyUrl()));

        organiser().accept("text/csv").queryParam("year", "2027").when().get("/api/welcome/indicators").then().statusCode(200);
        correspondant().when().get("/api/welcome/indicators").then().statusCode(200);

        Downstreams.welcome.verify(getRequestedFor(urlEqualTo("/welcome/indicators?year=2027")).withHeader("Accept", equalTo("text/csv")));
        Downstreams.welcome.verify(2, getRequestedFor(urlPathEqualTo("/welcome/indicators")));
    }

    @Test
    void registrants_privacy_goes_to_welcome_service_while_the_rest_of_privacy_stays_with_cases_service() {
        Downstreams.cases.resetAll();
        Downstreams.cases.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{}")));

        correspondant().contentType("application/json").body("{}").when().post("/api/privacy/registrants/export")
                .then().statusCode(200);
        correspondant().contentType("application/json").body("{}").when().post("/api/privacy/professionals/export")
                .then().statusCode(200);
        as("doctor", Map.of("rpps", "10005173140")).contentType("application/json").body("{}")
                .when().post("/api/privacy/registrants/erasure").then().statusCode(403);

        Downstreams.welcome.verify(1, postRequestedFor(urlEqualTo("/privacy/registrants/export")));
        Downstreams.welcome.verify(1, anyRequestedFor(anyUrl()));
        Downstreams.cases.verify(1, postRequestedFor(urlEqualTo("/privacy/professionals/export")));
    }

    @Test
    void a_correspondant_turns_a_registrant_into_a_request_and_a_person_withdraws_a_testimonial_by_their_link() {
        correspondant().contentType("application/json").body("{}").when()
                .post(EVENT + "/registrations/6f1c2d3e-0000-4000-8000-000000000042/quick-request").then().statusCode(200);
        given().contentType("application/json").body("{}").when().post("/api/testimonials/withdrawals").then().statusCode(200);

        Downstreams.welcome.verify(2, postRequestedFor(anyUrl()));
    }
}
