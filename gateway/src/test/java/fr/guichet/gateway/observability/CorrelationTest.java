package fr.guichet.gateway.observability;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import fr.guichet.gateway.Downstreams;
import fr.guichet.testsupport.TestTokens;
import io.quarkus.test.junit.QuarkusTest;

/**
 * What ties one request's log lines and spans together across the services: the gateway passes on its
 * request id and continues the caller's W3C trace, with a span of its own as the services' parent, on
 * proxied calls and on the calls of its composed views alike.
 */
@QuarkusTest
class CorrelationTest {

    private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final String CALLER_SPAN_ID = "00f067aa0ba902b7";
    private static final String TRACEPARENT = "00-" + TRACE_ID + "-" + CALLER_SPAN_ID + "-01";

    @BeforeEach
    void servicesAnswer() {
        Downstreams.aids.resetAll();
        Downstreams.cases.resetAll();
        Downstreams.cases.stubFor(get(urlPathEqualTo("/cases")).willReturn(json("""
                {"items": [{"id": "c1", "status": "PROCEDURES"}], "nextCursor": null}""")));
        Downstreams.cases.stubFor(any(anyUrl()).atPriority(10).willReturn(json("""
                {"id": "c1", "status": "PROCEDURES", "professional": {}, "project": {}}""")));
        Downstreams.aids.stubFor(any(anyUrl()).willReturn(json("{}")));
    }

    private static ResponseDefinitionBuilder json(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body);
    }

    @Test
    void a_proxied_call_continues_the_callers_trace_under_a_span_of_the_gateway() {
        given().header("traceparent", TRACEPARENT).when().get("/api/territories/regions").then().statusCode(200);

        String[] forwarded = traceparent(Downstreams.aids.findAll(anyRequestedFor(anyUrl())).get(0));
        assertEquals(TRACE_ID, forwarded[1], "same trace");
        assertNotEquals(CALLER_SPAN_ID, forwarded[2], "the gateway's own span is the parent");
    }

    @Test
    void a_proxied_call_without_a_trace_starts_one() {
        given().when().get("/api/territories/regions").then().statusCode(200);

        assertNotNull(Downstreams.aids.findAll(anyRequestedFor(anyUrl())).get(0).getHeader("traceparent"));
    }

    @Test
    void every_call_of_the_composed_view_carries_the_request_id_and_the_trace() {
        String token = TestTokens.forRole("correlation-doctor-" + System.nanoTime(), "doctor",
                Map.of("rpps", "10005173140"));

        given().auth().oauth2(token).header("X-Request-Id", "desk-me-1").header("traceparent", TRACEPARENT)
                .when().get("/api/me").then().statusCode(200);

        List<LoggedRequest> received = Stream.of(Downstreams.cases, Downstreams.aids)
                .flatMap(service -> service.findAll(anyRequestedFor(anyUrl())).stream()).toList();
        assertFalse(received.isEmpty());
        assertAll(received.stream().map(request -> () -> {
            assertEquals("desk-me-1", request.getHeader("X-Request-Id"), request.getUrl());
            assertEquals(TRACE_ID, traceparent(request)[1], request.getUrl());
        }));
    }

    private static String[] traceparent(LoggedRequest request) {
        return request.getHeader("traceparent").split("-");
    }
}
