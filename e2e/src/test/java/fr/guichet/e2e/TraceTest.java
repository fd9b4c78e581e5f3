package fr.guichet.e2e;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import fr.guichet.e2e.TraceCollector.ReceivedSpan;
import io.opentelemetry.proto.trace.v1.Span.SpanKind;
import io.restassured.specification.RequestSpecification;

/** One trace follows a request through the gateway and both services, as separate processes. */
@ExtendWith(Stack.class)
class TraceTest {

    private static final Set<String> SERVICES = Set.of("gateway", "cases-service", "aids-service");
    private static final Map<String, Object> LAON_PROJECT = Map.of(
            "professional", Map.of("firstName", "Claire", "lastName", "Martin", "email", "claire.martin@example.org",
                    "profession", "GENERAL_PRACTITIONER", "careerStage", "INSTALLING"),
            "project", Map.of("targetCommune", "02408", "practiceMode", "LIBERAL", "plannedStartDate", "2027-01-04"));

    private static RequestSpecification as(String token) {
        return given().baseUri(Stack.GATEWAY).auth().oauth2(token).contentType("application/json");
    }

    @Test
    void the_doctors_home_view_is_one_trace_across_the_gateway_and_both_services() throws Exception {
        String doctor = Tokens.of("doctor");
        as(doctor).body(LAON_PROJECT).post("/api/cases").then().statusCode(201);
        String traceId = randomHex(16);
        String callerSpan = randomHex(8);
        String requestId = "e2e-trace-" + System.nanoTime();

        as(doctor).header("traceparent", "00-" + traceId + "-" + callerSpan + "-01").header("X-Request-Id", requestId)
                .get("/api/me").then().statusCode(200);

        List<ReceivedSpan> trace = Stack.traces().awaitTrace(traceId, spans -> complete(spans, callerSpan),
                Duration.ofSeconds(30));
        assertEquals(SERVICES, services(trace), "services in the trace: " + trace);
        assertTrue(complete(trace, callerSpan), "each span's parent is the caller or a span of the trace, each service is"
                + " called by another over the network, and cases-service's database calls are spans: " + trace);
        assertTrue(Stack.log("gateway").lines().anyMatch(line -> line.contains(requestId) && line.contains(traceId)),
                "the gateway's access log line carries the request id and the trace id");
    }

    /**
     * The whole trace: one tree under the caller's span, each service's server span the child of a client span
     * of another process, and cases-service's queries of its database among the spans.
     */
    private static boolean complete(List<ReceivedSpan> trace, String callerSpan) {
        Map<String, ReceivedSpan> byId = trace.stream().collect(Collectors.toMap(ReceivedSpan::spanId, s -> s));
        boolean connected = trace.stream().allMatch(span -> byId.containsKey(span.parentSpanId())
                || span.parentSpanId().equals(callerSpan) && span.service().equals("gateway"));
        boolean acrossProcesses = SERVICES.stream().filter(service -> !service.equals("gateway")).allMatch(service ->
                trace.stream().anyMatch(span -> span.service().equals(service) && span.kind() == SpanKind.SPAN_KIND_SERVER
                        && byId.containsKey(span.parentSpanId())
                        && byId.get(span.parentSpanId()).kind() == SpanKind.SPAN_KIND_CLIENT
                        && !byId.get(span.parentSpanId()).service().equals(service)));
        boolean database = trace.stream().anyMatch(span -> span.service().equals("cases-service")
                && span.attributes().stream().anyMatch(key -> key.startsWith("db.")));
        return services(trace).equals(SERVICES) && connected && acrossProcesses && database;
    }

    private static Set<String> services(List<ReceivedSpan> trace) {
        return trace.stream().map(ReceivedSpan::service).collect(Collectors.toSet());
    }

    private static String randomHex(int bytes) {
        byte[] random = new byte[bytes];
        ThreadLocalRandom.current().nextBytes(random);
        return HexFormat.of().formatHex(random);
    }
}
