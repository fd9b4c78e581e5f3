package fr.guichet.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.notNullValue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** The public reads of welcome-service count, without a token, against the anonymous limit of the caller's address. */
@QuarkusTest
@TestProfile(WelcomeReadsLimitTest.StrictAnonymousLimit.class)
class WelcomeReadsLimitTest {

    public static class StrictAnonymousLimit implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("guichet.gateway.rate-limit.anonymous.per-second", "1",
                    "guichet.gateway.rate-limit.anonymous.burst", "3");
        }
    }

    @Test
    void an_anonymous_reader_past_the_anonymous_limit_gets_429_and_the_service_sees_nothing_more() {
        Downstreams.welcome.resetAll();
        Downstreams.welcome.stubFor(get(urlPathEqualTo("/events")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{\"items\":[]}")));

        for (int i = 0; i < 3; i++) {
            given().when().get("/api/events").then().statusCode(200);
        }
        given().when().get("/api/events")
                .then().statusCode(429).contentType("application/problem+json").header("Retry-After", notNullValue());

        Downstreams.welcome.verify(3, getRequestedFor(urlPathEqualTo("/events")));
    }
}
