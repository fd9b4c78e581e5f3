package fr.guichet.common.tracing;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.config.spi.ConfigSource;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.PropertiesConfigSource;

/**
 * One setting, {@code guichet.otlp.endpoint} ({@code GUICHET_OTLP_ENDPOINT}), decides whether spans are
 * recorded and sent over OTLP/HTTP to that collector. Without it, no span is recorded, so nothing is sent and
 * no exporter complains about a missing collector; trace ids are still made, logged and propagated, which
 * ties the log lines of one request together across the services; unless
 * {@code guichet.otlp.trace-without-export} is false, in which case OpenTelemetry is off altogether until an
 * endpoint is set (the gateway's choice: tracing costs it a measurable share of its CPU per request).
 * <p>
 * Spans are sampled by trace id ({@code traceidratio}, set in each application.properties), so every
 * service decides the same for one trace without trusting a caller's sampled flag. The settings made here
 * rank below application.properties, system properties and the environment, which may still override them
 * (e.g. {@code QUARKUS_OTEL_TRACES_SAMPLER_ARG=0.1} to keep one trace in ten).
 */
public class TraceExport implements ConfigSourceFactory {

    static final String ENDPOINT = "guichet.otlp.endpoint";
    static final String TRACE_WITHOUT_EXPORT = "guichet.otlp.trace-without-export";
    private static final int ORDINAL = 150;

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        Map<String, String> settings = settings(context.getValue(ENDPOINT).getValue(),
                !"false".equals(context.getValue(TRACE_WITHOUT_EXPORT).getValue()));
        return List.of(new PropertiesConfigSource(settings, "guichet trace export", ORDINAL));
    }

    /**
     * Every branch states the SDK switch: the build runs this factory too (without an endpoint) and keeps what
     * it then said as a default, so a value left unsaid at run time would be the build's.
     */
    static Map<String, String> settings(String endpoint, boolean traceWithoutExport) {
        if (endpoint != null && !endpoint.isBlank()) {
            return Map.of("quarkus.otel.sdk.disabled", "false", "quarkus.otel.traces.sampler.arg", "1",
                    "quarkus.otel.exporter.otlp.traces.endpoint", endpoint.strip(),
                    "quarkus.otel.exporter.otlp.traces.protocol", "http/protobuf");
        }
        return traceWithoutExport ? Map.of("quarkus.otel.sdk.disabled", "false", "quarkus.otel.traces.sampler.arg", "0")
                : Map.of("quarkus.otel.sdk.disabled", "true");
    }
}
