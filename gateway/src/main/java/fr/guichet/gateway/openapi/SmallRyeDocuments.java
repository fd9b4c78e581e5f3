package fr.guichet.gateway.openapi;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

import org.eclipse.microprofile.config.Config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.config.SmallRyeConfigBuilder;
import io.smallrye.openapi.api.SmallRyeOpenAPI;

/** Documents read into SmallRye OpenAPI's model and written back, as the services' own are served. */
final class SmallRyeDocuments {

    /** Where Quarkus' SmallRye OpenAPI extension leaves the document it generates at build time, before any filter. */
    private static final String OWN_DOCUMENT = "META-INF/quarkus-generated-openapi-doc.JSON";
    private static final Config THREE_ZERO = new SmallRyeConfigBuilder()
            .withDefaultValue("mp.openapi.extensions.smallrye.openapi", "3.0.3").build();

    private SmallRyeDocuments() {
    }

    /**
     * The gateway's own operations (/api/me...), as described when it was built, with the filters its
     * configuration names (mp.openapi.filter: common's contract rules, as in every service).
     */
    static JsonNode ownDocument(Config config, ObjectMapper json) {
        if (Thread.currentThread().getContextClassLoader().getResource(OWN_DOCUMENT) == null) {
            throw new IllegalStateException(OWN_DOCUMENT + " is missing: the gateway was built without its API description");
        }
        return rewrite(() -> Thread.currentThread().getContextClassLoader().getResourceAsStream(OWN_DOCUMENT), config, json);
    }

    /**
     * The merged document in OpenAPI 3.0.3's own forms, for tools that do not read 3.1 yet: SmallRye writes a
     * nullable type as {@code nullable}, a schema's examples as {@code example}..., the transformation a service's
     * document gets from its version setting.
     */
    static JsonNode asOpenApi30(JsonNode document, ObjectMapper json) {
        byte[] text = document.toString().getBytes(StandardCharsets.UTF_8);
        return rewrite(() -> new ByteArrayInputStream(text), THREE_ZERO, json);
    }

    private static JsonNode rewrite(Supplier<InputStream> document, Config config, ObjectMapper json) {
        String written = SmallRyeOpenAPI.builder().withConfig(config)
                .enableModelReader(false).enableStandardStaticFiles(false).enableAnnotationScan(false)
                .withCustomStaticFile(document).build().toJSON();
        try {
            return json.readTree(written);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
