package fr.guichet.testsupport.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * One call between two services as its consumer makes it: the request it sends and an example of the
 * answer it reads, kept in the repository's {@code contracts/<provider>/<interaction>.json}. The consumer's
 * stubs answer with the example and its typed client must read exactly the example's fields; the
 * provider replays the request against itself and its real answer must hold every field of the example,
 * with the same JSON type. A field renamed on either side then fails a build.
 */
public record Contract(String consumer, String provider, String description, Request request, Response response) {

    @Override
    public String toString() {
        return consumer + " → " + provider + ": " + request.method() + " " + request.path();
    }

    /** The request; {@code {name}} in the path stands for {@code pathParameters}' example values. */
    public record Request(String method, String path, Map<String, String> pathParameters, JsonNode body) {
    }

    public record Response(int status, JsonNode body) {
    }

    /** Where the contracts are when the tests run from a module of the repository. */
    public static final String DIRECTORY_PROPERTY = "guichet.contracts.dir";
    private static final ObjectMapper JSON = new ObjectMapper();

    public static Contract of(String provider, String interaction) {
        Path file = directory().resolve(provider).resolve(interaction + ".json");
        try {
            return JSON.readValue(file.toFile(), Contract.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the contract " + file, e);
        }
    }

    /** Every contract of a provider, for its test to replay them all. */
    public static List<Contract> allOf(String provider) {
        try (Stream<Path> files = Files.list(directory().resolve(provider))) {
            return files.map(Path::getFileName).map(Path::toString).filter(name -> name.endsWith(".json")).sorted()
                    .map(name -> of(provider, name.substring(0, name.length() - ".json".length()))).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The path with the example's parameters, as the consumer's stub receives it. */
    public String examplePath() {
        return pathWith(request.pathParameters() == null ? Map.of() : request.pathParameters());
    }

    /** The path with the provider's own values, e.g. the id of a case its test has just built. */
    public String pathWith(Map<String, String> parameters) {
        String path = request.path();
        for (Map.Entry<String, String> parameter : parameters.entrySet()) {
            path = path.replace("{" + parameter.getKey() + "}", parameter.getValue());
        }
        assertTrue(!path.contains("{"), "every parameter of " + request.path() + " needs a value");
        return path;
    }

    public String requestBody() {
        return request.body() == null ? null : request.body().toString();
    }

    public String responseBody() {
        return response.body().toString();
    }

    /** Provider side: the real answer holds every field of the example, with the same JSON type. */
    public void assertAnsweredBy(int status, String body) {
        assertEquals(response.status(), status, () -> description + ": status; the provider answered " + abbreviated(body));
        List<String> mismatches = JsonShape.mismatches(response.body(), read(body));
        assertTrue(mismatches.isEmpty(), () -> description + " (" + consumer + " → " + provider
                + "): the provider's answer lacks what the consumer reads:\n  " + String.join("\n  ", mismatches)
                + "\nits answer: " + abbreviated(body));
    }

    /**
     * Consumer side: the consumer's type reads every field of the example and nothing else (the example
     * read into the type and written back is the example), so the example is exactly what it depends on.
     */
    public void assertReadExactlyBy(JavaType type, ObjectMapper mapper) {
        try {
            Object read = mapper.readValue(responseBody(), type);
            JsonNode writtenBack = JSON.readTree(mapper.writeValueAsString(read));
            assertEquals(response.body(), writtenBack, () -> description + ": " + type
                    + " does not read exactly the fields of the example in contracts/" + provider);
        } catch (IOException e) {
            throw new AssertionError(description + ": " + type + " cannot read the example: " + e.getMessage(), e);
        }
    }

    private static String abbreviated(String body) {
        return body.length() <= 2_000 ? body : body.substring(0, 2_000) + "…";
    }

    private static JsonNode read(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new AssertionError("The provider's answer is not JSON: " + body, e);
        }
    }

    private static Path directory() {
        String configured = System.getProperty(DIRECTORY_PROPERTY);
        if (configured != null) {
            return Path.of(configured);
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("contracts"))) {
                return dir.resolve("contracts");
            }
        }
        throw new IllegalStateException("No contracts/ directory above " + Path.of("").toAbsolutePath()
                + "; set -D" + DIRECTORY_PROPERTY);
    }
}
