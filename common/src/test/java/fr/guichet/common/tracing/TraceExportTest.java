package fr.guichet.common.tracing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.junit.jupiter.api.Test;

class TraceExportTest {

    @Test
    void without_an_endpoint_no_span_is_recorded_so_none_is_exported() {
        for (String endpoint : new String[] { null, "", "  " }) {
            assertEquals(Map.of("quarkus.otel.sdk.disabled", "false", "quarkus.otel.traces.sampler.arg", "0"),
                    TraceExport.settings(endpoint, true));
        }
    }

    @Test
    void without_an_endpoint_a_service_may_turn_tracing_off_altogether() {
        assertEquals(Map.of("quarkus.otel.sdk.disabled", "true"), TraceExport.settings(null, false));
    }

    @Test
    void an_endpoint_records_every_trace_and_sends_it_there_over_otlp_http() {
        Map<String, String> sent = Map.of("quarkus.otel.sdk.disabled", "false", "quarkus.otel.traces.sampler.arg", "1",
                "quarkus.otel.exporter.otlp.traces.endpoint", "http://collector:4318",
                "quarkus.otel.exporter.otlp.traces.protocol", "http/protobuf");
        assertEquals(sent, TraceExport.settings(" http://collector:4318 ", true));
        assertEquals(sent, TraceExport.settings("http://collector:4318", false));
    }
}
