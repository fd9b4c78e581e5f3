package fr.guichet.gateway.observability;

import static fr.guichet.gateway.observability.DownstreamCalls.CALLER_SPAN_ID;
import static fr.guichet.gateway.observability.DownstreamCalls.TRACEPARENT;
import static fr.guichet.gateway.observability.DownstreamCalls.TRACE_ID;
import static fr.guichet.gateway.observability.DownstreamCalls.traceparent;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * The gateway as it runs when traces are exported: it continues the caller's W3C trace, or starts one, with
 * a span of its own as the services' parent, on proxied calls and on the calls of its composed views alike.
 * (Traced here without a collector, which changes what is recorded, not what is propagated.)
 */
@QuarkusTest
@TestProfile(TracingGatewayTest.Tracing.class)
class TracingGatewayTest {

    public static class Tracing implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("guichet.otlp.trace-without-export", "true");
        }
    }

    @BeforeEach
    void servicesAnswer() {
        DownstreamCalls.servicesAnswerAnything();
    }

    @Test
    void a_proxied_call_continues_the_callers_trace_under_a_span_of_the_gateway() {
        given().header("traceparent", TRACEPARENT).when().get("/api/territories/regions").then().statusCode(200);

        String[] forwarded = traceparent(DownstreamCalls.received().get(0));
        assertEquals(TRACE_ID, forwarded[1], "same trace");
        assertNotEquals(CALLER_SPAN_ID, forwarded[2], "the gateway's own span is the parent");
    }

    @Test
    void a_proxied_call_without_a_trace_starts_one() {
        given().when().get("/api/territories/regions").then().statusCode(200);

        assertEquals(4, traceparent(DownstreamCalls.received().get(0)).length);
    }

    @Test
    void every_call_of_the_composed_view_continues_the_callers_trace() {
        DownstreamCalls.asDoctor().header("traceparent", TRACEPARENT).when().get("/api/me").then().statusCode(200);

        List<LoggedRequest> received = DownstreamCalls.received();
        assertFalse(received.isEmpty());
        assertAll(received.stream().map(request -> () -> {
            assertEquals(TRACE_ID, traceparent(request)[1], request.getUrl());
            assertNotEquals(CALLER_SPAN_ID, traceparent(request)[2], request.getUrl());
        }));
    }
}
