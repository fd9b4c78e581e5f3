package fr.guichet.gateway.observability;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import fr.guichet.gateway.Downstreams;
import fr.guichet.testsupport.TestTokens;
import io.restassured.specification.RequestSpecification;

/** The calls the gateway makes to the stand-in services, for the tests of what ties one request together. */
final class DownstreamCalls {

    static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";
    static final String CALLER_SPAN_ID = "00f067aa0ba902b7";
    static final String TRACEPARENT = "00-" + TRACE_ID + "-" + CALLER_SPAN_ID + "-01";

    private DownstreamCalls() {
    }

    /** Both services answer whatever they are asked, and the doctor has one open case. */
    static void servicesAnswerAnything() {
        Downstreams.aids.resetAll();
        Downstreams.cases.resetAll();
        Downstreams.cases.stubFor(get(urlPathEqualTo("/cases")).willReturn(json("""
                {"items": [{"id": "c1", "status": "PROCEDURES"}], "nextCursor": null}""")));
        Downstreams.cases.stubFor(any(anyUrl()).atPriority(10).willReturn(json("""
                {"id": "c1", "status": "PROCEDURES", "professional": {}, "project": {}}""")));
        Downstreams.aids.stubFor(any(anyUrl()).willReturn(json("{}")));
    }

    static RequestSpecification asDoctor() {
        return given().auth().oauth2(TestTokens.forRole("correlation-doctor-" + System.nanoTime(), "doctor",
                Map.of("rpps", "10005173140")));
    }

    static List<LoggedRequest> received() {
        return Stream.of(Downstreams.cases, Downstreams.aids)
                .flatMap(service -> service.findAll(anyRequestedFor(anyUrl())).stream()).toList();
    }

    /** The one traceparent a service received, split into version, trace id, parent span id and flags. */
    static String[] traceparent(LoggedRequest request) {
        List<String> values = request.getHeaders().getHeader("traceparent").values();
        assertEquals(1, values.size(), "one traceparent, not the caller's beside the gateway's: " + values);
        return values.get(0).split("-");
    }

    private static ResponseDefinitionBuilder json(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body);
    }
}
