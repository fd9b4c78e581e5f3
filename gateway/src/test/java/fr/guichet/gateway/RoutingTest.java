package fr.guichet.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.http.Fault;

import fr.guichet.testsupport.TestTokens;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class RoutingTest {

    @BeforeEach
    void resetServices() {
        Downstreams.aids.resetAll();
        Downstreams.cases.resetAll();
    }

    private static String doctorToken() {
        return TestTokens.forRole("routing-doctor-" + System.nanoTime(), "doctor", Map.of("rpps", "10005173140"));
    }

    @Test
    void public_reads_go_to_aids_service_without_the_api_prefix() {
        Downstreams.aids.stubFor(get(urlPathEqualTo("/aids")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{\"items\":[]}")));

        given().queryParam("q", "montagne").when().get("/api/aids")
                .then().statusCode(200).body("items.size()", is(0));

        Downstreams.aids.verify(getRequestedFor(urlEqualTo("/aids?q=montagne")));
    }

    @Test
    void the_simulator_is_public_and_its_body_streams_through() {
        Downstreams.aids.stubFor(post(urlEqualTo("/eligibility")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{\"totalCents\":4000000}")));

        given().contentType("application/json").body("{\"targetCommune\":\"48095\"}")
                .when().post("/api/eligibility")
                .then().statusCode(200).body("totalCents", is(4000000));

        Downstreams.aids.verify(postRequestedFor(urlEqualTo("/eligibility"))
                .withRequestBody(equalTo("{\"targetCommune\":\"48095\"}")));
    }

    @Test
    void the_headers_that_matter_pass_both_ways_and_no_others() {
        Downstreams.cases.stubFor(post(urlEqualTo("/cases")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withHeader("Location", "/cases/42")
                .withHeader("ETag", "\"0\"").withHeader("Retry-After", "3").withHeader("X-Internal-Node", "cases-1")
                .withBody("{\"id\":\"42\"}")));
        String token = doctorToken();

        given().auth().oauth2(token).contentType("application/json").header("Idempotency-Key", "key-0001")
                .header("If-Match", "\"3\"").header("Cookie", "session=secret").header("X-Debug", "on")
                .body("{}")
                .when().post("/api/cases")
                .then().statusCode(201)
                .header("Location", "/api/cases/42")
                .header("ETag", "\"0\"")
                .header("Retry-After", "3")
                .header("X-Internal-Node", nullValue());

        Downstreams.cases.verify(postRequestedFor(urlEqualTo("/cases"))
                .withHeader("Authorization", equalTo("Bearer " + token))
                .withHeader("Idempotency-Key", equalTo("key-0001"))
                .withHeader("If-Match", equalTo("\"3\""))
                .withHeader("Content-Type", equalTo("application/json"))
                .withHeader("Cookie", absent())
                .withHeader("X-Debug", absent()));
    }

    @Test
    void an_absolute_location_of_the_service_becomes_the_public_path() {
        Downstreams.cases.stubFor(post(urlEqualTo("/cases")).willReturn(aResponse().withStatus(201)
                .withHeader("Location", Downstreams.cases.baseUrl() + "/cases/43")));

        given().auth().oauth2(doctorToken()).contentType("application/json").body("{}")
                .when().post("/api/cases")
                .then().statusCode(201).header("Location", "/api/cases/43");
    }

    @Test
    void a_request_id_is_set_when_absent_forwarded_and_returned() {
        Downstreams.aids.stubFor(get(urlPathEqualTo("/territories/regions")).willReturn(aResponse().withStatus(200)));

        String id = given().when().get("/api/territories/regions")
                .then().statusCode(200).header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"))
                .extract().header("X-Request-Id");
        Downstreams.aids.verify(getRequestedFor(urlEqualTo("/territories/regions")).withHeader("X-Request-Id", equalTo(id)));

        given().header("X-Request-Id", "desk-123").when().get("/api/territories/regions")
                .then().header("X-Request-Id", "desk-123");
        Downstreams.aids.verify(getRequestedFor(urlEqualTo("/territories/regions"))
                .withHeader("X-Request-Id", equalTo("desk-123")));
    }

    @Test
    void a_service_too_slow_gives_504_within_the_route_timeout() {
        Downstreams.cases.stubFor(get(urlEqualTo("/cases")).willReturn(aResponse().withStatus(200).withFixedDelay(5_000)));

        given().auth().oauth2(doctorToken()).when().get("/api/cases")
                .then().statusCode(504).contentType("application/problem+json")
                .body("status", is(504))
                .time(lessThan(3_000L));
    }

    @Test
    void a_service_that_drops_connections_gives_503_with_retry_after() {
        Downstreams.cases.stubFor(get(urlEqualTo("/cases")).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        given().auth().oauth2(doctorToken()).when().get("/api/cases")
                .then().statusCode(503).contentType("application/problem+json")
                .header("Retry-After", notNullValue())
                .time(lessThan(3_000L));
    }

    @Test
    void a_service_bare_413_for_a_body_streamed_over_the_limit_becomes_a_problem() {
        Downstreams.cases.stubFor(post(urlEqualTo("/cases/7/documents")).willReturn(aResponse().withStatus(413)));

        given().auth().oauth2(doctorToken()).contentType("application/pdf").body(new byte[1024])
                .when().post("/api/cases/7/documents")
                .then().statusCode(413).contentType("application/problem+json")
                .body("status", is(413)).body("detail", containsString("12 MB"));
    }

    @Test
    void a_service_own_413_problem_passes_unchanged() {
        Downstreams.cases.stubFor(post(urlEqualTo("/cases/7/documents")).willReturn(aResponse().withStatus(413)
                .withHeader("Content-Type", "application/problem+json")
                .withBody("{\"status\":413,\"title\":\"Content Too Large\",\"detail\":\"Documents weigh 10 MB at most.\"}")));

        given().auth().oauth2(doctorToken()).contentType("application/pdf").body(new byte[1024])
                .when().post("/api/cases/7/documents")
                .then().statusCode(413).contentType("application/problem+json")
                .body("detail", is("Documents weigh 10 MB at most."));
    }

    @Test
    void the_gateway_own_refusals_carry_the_request_id_too() {
        given().header("X-Request-Id", "desk-401").when().get("/api/cases")
                .then().statusCode(401).header("X-Request-Id", "desk-401");
    }

    @Test
    void each_route_is_timed_by_status_for_prometheus() {
        Downstreams.aids.stubFor(get(urlPathEqualTo("/territories/departments")).willReturn(aResponse().withStatus(200)));
        given().when().get("/api/territories/departments").then().statusCode(200);

        given().when().get("/q/metrics").then().statusCode(200)
                .body(containsString("guichet_gateway_requests_seconds_count{method=\"GET\",route=\"/api/territories\",status=\"200\"}"));
    }

    @Test
    void made_up_paths_and_methods_share_one_timer_so_they_cannot_grow_the_metrics() {
        given().when().get("/api/nothing-here-" + System.nanoTime()).then().statusCode(401);
        given().when().request("BREW", "/api/aids").then().statusCode(401);

        given().when().get("/q/metrics").then().statusCode(200)
                .body(containsString("guichet_gateway_requests_seconds_count{method=\"GET\",route=\"/api/unknown\",status=\"401\"}"))
                .body(containsString("guichet_gateway_requests_seconds_count{method=\"OTHER\",route=\"/api/aids\",status=\"401\"}"))
                .body(not(containsString("nothing-here")));
    }
}
