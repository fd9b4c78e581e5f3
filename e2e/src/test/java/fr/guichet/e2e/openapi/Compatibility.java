package fr.guichet.e2e.openapi;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.output.ConsoleRender;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The versioning rule: a document that would break a client of the released one (openapi-diff's judgement:
 * a removed operation, a new required parameter, a narrowed answer...) is refused unless its
 * {@code info.version} moves the major number.
 */
final class Compatibility {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Compatibility() {
    }

    /** Why {@code current} may not follow {@code released}, or nothing if it may. */
    static Optional<String> refusal(String released, String current) {
        ChangedOpenApi diff = OpenApiCompare.fromContents(released, current);
        if (!diff.isIncompatible()) {
            return Optional.empty();
        }
        int releasedMajor = major(released);
        int currentMajor = major(current);
        if (currentMajor > releasedMajor) {
            return Optional.empty();
        }
        return Optional.of("The API document breaks clients of version " + version(released) + " but keeps major version "
                + currentMajor + " (" + version(current) + "): keep the old operation (deprecate it, see the README's "
                + "versioning policy) or move info.version (guichet.gateway.openapi.version) to " + (releasedMajor + 1)
                + ".0.0.\n" + render(diff));
    }

    private static String render(ChangedOpenApi diff) {
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        try (OutputStreamWriter writer = new OutputStreamWriter(text, StandardCharsets.UTF_8)) {
            new ConsoleRender().render(diff, writer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString(StandardCharsets.UTF_8);
    }

    static int major(String document) {
        return Integer.parseInt(version(document).split("\\.")[0]);
    }

    private static String version(String document) {
        try {
            JsonNode tree = JSON.readTree(document);
            return tree.path("info").path("version").asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
