package fr.guichet.e2e.openapi;

import static io.restassured.RestAssured.given;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import fr.guichet.e2e.Stack;

/** The API document as the gateway serves it, and its committed versions under docs/openapi. */
final class ApiDocuments {

    static final String REGENERATE = "./mvnw -B -pl e2e -am verify -Dguichet.openapi.write=true";

    private ApiDocuments() {
    }

    static String served() {
        return given().when().get(Stack.GATEWAY + "/api/openapi").then().statusCode(200).extract().asString();
    }

    static Path root() {
        return Path.of(System.getProperty("guichet.root", ".."));
    }

    /** The document as committed: what the gateway served when it was last regenerated. */
    static Path committed() {
        return root().resolve("docs/openapi/guichet.json");
    }

    /** The document of the latest release, docs/openapi/released/guichet-&lt;version&gt;.json. */
    static Path lastReleased() {
        try (Stream<Path> released = Files.list(root().resolve("docs/openapi/released"))) {
            return released.filter(file -> file.getFileName().toString().matches("guichet-\\d+\\.\\d+\\.\\d+\\.json"))
                    .max(Comparator.comparing(ApiDocuments::versionOf)).orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String versionOf(Path released) {
        // zero-padded so that 10.0.0 sorts after 9.0.0
        String[] parts = released.getFileName().toString().replaceAll("guichet-|\\.json", "").split("\\.");
        return String.format("%06d.%06d.%06d", Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2]));
    }
}
