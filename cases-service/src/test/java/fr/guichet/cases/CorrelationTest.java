package fr.guichet.cases;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.net.URI;
import java.util.List;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import io.quarkus.test.junit.QuarkusTest;

/** A request's id and trace follow it into the calls cases-service makes to aids-service. */
@QuarkusTest
class CorrelationTest {

    private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final String CALLER_SPAN_ID = "00f067aa0ba902b7";

    @ConfigProperty(name = "quarkus.rest-client.aids-service.url")
    URI aidsService;

    @Test
    void the_call_to_aids_service_carries_the_request_id_and_continues_the_callers_trace() {
        String id = Cases.create(Actors.occitanie(), Cases.newCase(Actors.RPPS_CLAIRE, Cases.MENDE));
        String requestId = "correlation-" + System.nanoTime();

        Actors.occitanie().header("X-Request-Id", requestId)
                .header("traceparent", "00-" + TRACE_ID + "-" + CALLER_SPAN_ID + "-01")
                .get("/cases/" + id + "/eligibility").then().statusCode(200);

        List<LoggedRequest> received = new WireMock(aidsService.getHost(), aidsService.getPort())
                .find(anyRequestedFor(anyUrl()).withHeader("X-Request-Id", equalTo(requestId)));
        assertFalse(received.isEmpty(), "aids-service received the request id");
        String[] traceparent = received.get(0).getHeader("traceparent").split("-");
        assertEquals(TRACE_ID, traceparent[1], "same trace");
        assertNotEquals(CALLER_SPAN_ID, traceparent[2], "cases-service's own span is the parent");
        assertEquals("00", traceparent[3], "without a collector, nothing is recorded, whatever the caller asked");
    }
}
