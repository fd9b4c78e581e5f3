package fr.guichet.gateway.openapi;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.eclipse.microprofile.config.Config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.config.SmallRyeConfigBuilder;
import io.smallrye.openapi.api.SmallRyeOpenAPI;

/**
 * The merged document as OpenAPI 3.0.3, for tools that do not read 3.1 yet: SmallRye OpenAPI reads it into
 * its model and writes it back in 3.0's own forms (a nullable type as {@code nullable}, a schema's examples as
 * {@code example}...), the transformation the services' documents would get from its version setting.
 */
final class OpenApi30 {

    private static final Config THREE_ZERO = new SmallRyeConfigBuilder()
            .withDefaultValue("mp.openapi.extensions.smallrye.openapi", "3.0.3").build();

    private OpenApi30() {
    }

    static JsonNode of(JsonNode document, ObjectMapper json) {
        byte[] text = document.toString().getBytes(StandardCharsets.UTF_8);
        String written = SmallRyeOpenAPI.builder().withConfig(THREE_ZERO)
                .enableModelReader(false).enableStandardStaticFiles(false).enableAnnotationScan(false).enableStandardFilter(false)
                .withCustomStaticFile(() -> new ByteArrayInputStream(text)).build().toJSON();
        try {
            return json.readTree(written);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
