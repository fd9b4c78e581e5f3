package fr.guichet.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.guichet.testsupport.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.build.Jwt;

@QuarkusTest
class TokenCacheTest {

    @BeforeEach
    void casesAnswer() {
        Downstreams.cases.resetAll();
        Downstreams.cases.stubFor(get(urlEqualTo("/cases")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{\"items\":[]}")));
    }

    @Test
    void a_token_is_verified_once_then_served_from_the_cache() {
        String token = TestTokens.forRole("cached-doctor-" + System.nanoTime(), "doctor");
        int before = VerificationCounter.VERIFICATIONS.get();

        for (int i = 0; i < 5; i++) {
            given().auth().oauth2(token).when().get("/api/cases").then().statusCode(200);
        }

        assertEquals(1, VerificationCounter.VERIFICATIONS.get() - before);
    }

    @Test
    void a_cached_token_is_refused_once_it_expires() throws InterruptedException {
        String token = Jwt.claims().issuer(TestTokens.ISSUER).audience(TestTokens.AUDIENCE)
                .subject("short-lived-" + System.nanoTime()).claim("realm_access", Map.of("roles", List.of("doctor")))
                .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(2)).sign("privateKey.jwk");
        given().auth().oauth2(token).when().get("/api/cases").then().statusCode(200);

        Thread.sleep(3_000);

        given().auth().oauth2(token).when().get("/api/cases").then().statusCode(401);
    }
}
