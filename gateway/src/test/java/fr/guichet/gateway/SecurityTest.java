package fr.guichet.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.net.Socket;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.guichet.testsupport.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;

@QuarkusTest
class SecurityTest {

    private static final int REQUESTS = 40;

    @BeforeEach
    void casesAnswer() {
        Downstreams.cases.resetAll();
        Downstreams.cases.stubFor(get(urlEqualTo("/cases")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{\"items\":[]}")));
    }

    private static void refusedWith401(String token) {
        (token == null ? given() : given().auth().oauth2(token)).when().get("/api/cases")
                .then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer");
        Downstreams.cases.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void cases_need_a_token() {
        refusedWith401(null);
    }

    @Test
    void an_expired_token_is_refused() {
        refusedWith401(TestTokens.expired("late-doctor", "doctor"));
    }

    @Test
    void a_token_from_another_issuer_is_refused() {
        refusedWith401(TestTokens.fromOtherIssuer("impostor", "doctor"));
    }

    @Test
    void a_token_whose_signature_does_not_match_is_refused() {
        String token = TestTokens.forRole("forger", "doctor");
        String[] parts = token.split("\\.");
        String forgedClaims = Base64.getUrlEncoder().withoutPadding().encodeToString(
                new String(Base64.getUrlDecoder().decode(parts[1]), UTF_8).replace("doctor", "correspondant").getBytes(UTF_8));
        refusedWith401(parts[0] + "." + forgedClaims + "." + parts[2]);
    }

    @Test
    void writing_the_catalogue_needs_a_token_even_where_reading_is_public() {
        given().contentType("application/json").body("{}")
                .when().post("/api/aids")
                .then().statusCode(401).contentType("application/problem+json").header("WWW-Authenticate", "Bearer");
    }

    @Test
    void a_doctor_cannot_write_the_catalogue() {
        given().auth().oauth2(TestTokens.forRole("writer-doctor", "doctor")).contentType("application/json").body("{}")
                .when().post("/api/aids")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void a_catalogue_admin_has_no_business_with_cases() {
        given().auth().oauth2(TestTokens.forRole("curious-admin", "catalogue-admin"))
                .when().get("/api/cases")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void a_valid_token_with_a_guichet_role_reaches_the_service() {
        given().auth().oauth2(TestTokens.forRole("good-doctor", "doctor", Map.of("rpps", "10005173140")))
                .when().get("/api/cases")
                .then().statusCode(200);
    }

    @Test
    void webhook_subscriptions_are_for_partner_applications_only() {
        Downstreams.cases.stubFor(post(urlEqualTo("/webhooks/subscriptions")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withHeader("Location", "/webhooks/subscriptions/7")
                .withBody("{\"id\":\"7\"}")));

        given().auth().oauth2(TestTokens.forRole("curious-doctor", "doctor", Map.of("rpps", "10005173140")))
                .contentType("application/json").body("{}")
                .when().post("/api/webhooks/subscriptions")
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.forRole("webhook-partner-" + System.nanoTime(), "partner"))
                .contentType("application/json").body("{}")
                .when().post("/api/webhooks/subscriptions")
                .then().statusCode(201).header("Location", "/api/webhooks/subscriptions/7");

        Downstreams.cases.verify(1, anyRequestedFor(anyUrl()));
    }

    @Test
    void the_guichet_admin_reaches_the_partner_organisations_and_a_doctor_does_not() {
        Downstreams.cases.stubFor(get(urlEqualTo("/partners/organisations")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("[]")));
        given().auth().oauth2(TestTokens.forRole("admin", "guichet-admin"))
                .when().get("/api/partners/organisations")
                .then().statusCode(200);
        given().auth().oauth2(TestTokens.forRole("nosy-doctor", "doctor", Map.of("rpps", "10005173140")))
                .when().get("/api/partners/organisations")
                .then().statusCode(403).contentType("application/problem+json");
    }

    /**
     * Four times the test profile's burst (10), sent together rather than one after the other, so that the
     * refill (5/s) cannot keep up even on a loaded machine: some get a 429 problem.
     */
    private static List<Response> refusedPastTheLimit(String token, String path) {
        ExecutorService senders = Executors.newFixedThreadPool(REQUESTS);
        try {
            List<Future<Response>> sent = new ArrayList<>();
            for (int i = 0; i < REQUESTS; i++) {
                sent.add(senders.submit(() -> given().auth().oauth2(token).when().get(path)));
            }
            List<Response> limited = new ArrayList<>();
            for (Future<Response> answer : sent) {
                Response response = answer.get();
                if (response.statusCode() == 429) {
                    limited.add(response);
                }
            }
            assertThat(limited, not(empty()));
            limited.get(0).then().contentType("application/problem+json").header("Retry-After", notNullValue())
                    .body("status", equalTo(429));
            return limited;
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException(e);
        } finally {
            senders.shutdownNow();
        }
    }

    @Test
    void past_its_rate_limit_a_client_gets_429_with_retry_after_and_the_service_sees_nothing_more() {
        String token = TestTokens.forRole("hasty-partner-" + System.nanoTime(), "partner");

        List<Response> limited = refusedPastTheLimit(token, "/api/cases");

        Downstreams.cases.verify(REQUESTS - limited.size(), anyRequestedFor(urlEqualTo("/cases")));
    }

    @Test
    void the_composed_view_counts_against_the_same_limit() {
        refusedPastTheLimit(TestTokens.forRole("hasty-doctor-" + System.nanoTime(), "doctor"), "/api/me");
    }

    @Test
    void the_api_description_counts_against_the_same_limit() {
        refusedPastTheLimit(TestTokens.forRole("hasty-reader-" + System.nanoTime(), "doctor"), "/api/openapi");
    }

    @Test
    void a_browser_of_an_allowed_origin_may_call_and_others_may_not() {
        given().header("Origin", "http://localhost:8080").header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,if-match")
                .when().options("/api/cases")
                .then().header("Access-Control-Allow-Origin", "http://localhost:8080");
        given().header("Origin", "https://evil.example").header("Access-Control-Request-Method", "POST")
                .when().options("/api/cases")
                .then().header("Access-Control-Allow-Origin", nullValue());
    }

    /** Only the headers are sent, announcing 13 MB: the gateway must answer without waiting for the body. */
    @Test
    void a_body_over_the_limit_is_refused_before_reaching_the_service() throws Exception {
        String answer;
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(10_000);
            String headers = "POST /api/cases HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                    + TestTokens.forRole("big-uploader", "doctor") + "\r\nContent-Type: application/json\r\n"
                    + "Content-Length: " + 13 * 1024 * 1024 + "\r\n\r\n";
            socket.getOutputStream().write(headers.getBytes(UTF_8));
            socket.getOutputStream().flush();
            answer = new String(socket.getInputStream().readNBytes(2048), UTF_8);
        }

        assertThat(answer, startsWith("HTTP/1.1 413"));
        assertThat(answer.toLowerCase(), containsString("content-type: application/problem+json"));
        assertThat(answer, containsString("\"status\":413"));
        Downstreams.cases.verify(0, anyRequestedFor(anyUrl()));
    }
}
