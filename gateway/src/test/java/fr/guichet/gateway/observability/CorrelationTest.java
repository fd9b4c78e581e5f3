package fr.guichet.gateway.observability;

import static fr.guichet.gateway.observability.DownstreamCalls.TRACEPARENT;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import io.quarkus.test.junit.QuarkusTest;

/**
 * What ties one request together across the services by default, when no collector receives traces and
 * the gateway therefore does not trace: its request id on every call.
 */
@QuarkusTest
class CorrelationTest {

    @BeforeEach
    void servicesAnswer() {
        DownstreamCalls.servicesAnswerAnything();
    }

    @Test
    void every_call_of_the_composed_view_carries_the_request_id() {
        DownstreamCalls.asDoctor().header("X-Request-Id", "desk-me-1").when().get("/api/me").then().statusCode(200);

        List<LoggedRequest> received = DownstreamCalls.received();
        assertFalse(received.isEmpty());
        assertAll(received.stream().map(request -> () ->
                assertEquals("desk-me-1", request.getHeader("X-Request-Id"), request.getUrl())));
    }

    @Test
    void the_gateway_neither_traces_nor_passes_a_callers_trace_on_so_the_service_starts_one() {
        given().header("traceparent", TRACEPARENT).when().get("/api/territories/regions").then().statusCode(200);

        assertNull(DownstreamCalls.received().get(0).getHeader("traceparent"));
    }
}
