package fr.guichet.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.guichet.testsupport.MovableClock;
import fr.guichet.testsupport.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.build.Jwt;
import jakarta.inject.Inject;

/**
 * Full verifications are counted by {@link VerificationCounter}. quarkus-oidc checks a token's expiry
 * against the real time, so these tests show the cache letting go of a token (at its expiry, or at the
 * maximum age), after which quarkus-oidc verifies it again: refusing an expired token is then its part.
 */
@QuarkusTest
class TokenCacheTest {

    @Inject
    MovableClock clock;

    @BeforeEach
    void casesAnswer() {
        Downstreams.cases.resetAll();
        Downstreams.cases.stubFor(get(urlEqualTo("/cases")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{\"items\":[]}")));
    }

    @AfterEach
    void putTheClockBack() {
        clock.reset();
    }

    private static int verificationsDuring(Runnable requests) {
        int before = VerificationCounter.VERIFICATIONS.get();
        requests.run();
        return VerificationCounter.VERIFICATIONS.get() - before;
    }

    private static void readCases(String token) {
        given().auth().oauth2(token).when().get("/api/cases").then().statusCode(200);
    }

    @Test
    void a_token_is_verified_once_then_served_from_the_cache() {
        String token = TestTokens.forRole("cached-doctor-" + System.nanoTime(), "doctor");

        int verifications = verificationsDuring(() -> {
            for (int i = 0; i < 5; i++) {
                readCases(token);
            }
        });

        assertEquals(1, verifications);
    }

    @Test
    void a_cached_token_is_verified_again_once_past_its_expiry() {
        String token = Jwt.claims().issuer(TestTokens.ISSUER).audience(TestTokens.AUDIENCE)
                .subject("short-lived-" + System.nanoTime()).claim("realm_access", Map.of("roles", List.of("doctor")))
                .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(30)).sign("privateKey.jwk");
        readCases(token);

        clock.advance(Duration.ofSeconds(25));
        assertEquals(0, verificationsDuring(() -> readCases(token)));
        clock.advance(Duration.ofSeconds(6));
        assertEquals(1, verificationsDuring(() -> readCases(token)));
    }

    @Test
    void a_cached_token_is_verified_again_after_the_maximum_age_even_before_its_expiry() {
        String token = TestTokens.forRole("long-lived-" + System.nanoTime(), "doctor");
        readCases(token);

        clock.advance(Duration.ofSeconds(55));
        assertEquals(0, verificationsDuring(() -> readCases(token)));
        clock.advance(Duration.ofSeconds(6));
        assertEquals(1, verificationsDuring(() -> readCases(token)));
    }
}
