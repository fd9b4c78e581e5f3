package fr.guichet.e2e.openapi;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import fr.guichet.e2e.Stack;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;

/**
 * The public API document the real stack serves at GET /api/openapi: it lints clean, covers every routed
 * prefix, is the committed docs/openapi/guichet.json, and breaks no client of the last released version.
 */
@ExtendWith(Stack.class)
class ServedDocumentTest {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private static String served;

    @BeforeAll
    static void read() {
        served = ApiDocuments.served();
    }

    @Test
    void the_served_document_reads_as_openapi_generator_reads_it_and_keeps_every_rule() throws IOException {
        List<String> findings = findings(served);

        assertTrue(findings.isEmpty(), () -> findings.size() + " lint findings in GET /api/openapi:\n" + String.join("\n", findings));
    }

    @Test
    void the_openapi_3_0_form_reads_as_3_0_and_keeps_every_rule() throws IOException {
        String asOpenApi30 = given().queryParam("version", "3.0").when().get(Stack.GATEWAY + "/api/openapi")
                .then().statusCode(200).extract().asString();
        List<String> findings = findings(asOpenApi30);

        assertEquals("3.0.3", JSON.readTree(asOpenApi30).path("openapi").asText());
        assertTrue(findings.isEmpty(), () -> findings.size() + " lint findings in GET /api/openapi?version=3.0:\n"
                + String.join("\n", findings));
    }

    /** What swagger-parser (reading it as openapi-generator does) and our own rules find in a document. */
    private static List<String> findings(String document) throws IOException {
        ParseOptions resolving = new ParseOptions();
        resolving.setResolve(true);
        List<String> findings = new ArrayList<>(
                Optional.ofNullable(new OpenAPIV3Parser().readContents(document, null, resolving).getMessages()).orElse(List.of()));
        findings.addAll(LintRules.check(JSON.readTree(document)));
        return findings;
    }

    @Test
    void every_prefix_the_gateway_routes_has_operations_in_the_document() throws IOException {
        Properties gateway = new Properties();
        try (var properties = Files.newBufferedReader(ApiDocuments.root().resolve("gateway/src/main/resources/application.properties"))) {
            gateway.load(properties);
        }
        List<String> prefixes = gateway.stringPropertyNames().stream().filter(name -> name.matches("guichet\\.gateway\\.routes\\..*\\.prefixes"))
                .flatMap(name -> Arrays.stream(gateway.getProperty(name).split(","))).collect(Collectors.toList());
        prefixes.add("/api/me");
        List<String> paths = StreamSupport.stream(((Iterable<String>) JSON.readTree(served).path("paths")::fieldNames).spliterator(), false).toList();

        List<String> missing = prefixes.stream().filter(prefix -> paths.stream().noneMatch(path -> path.equals(prefix) || path.startsWith(prefix + "/")))
                .toList();
        assertTrue(missing.isEmpty(), () -> "Routed but not in the document: " + missing);
    }

    @Test
    void the_served_document_is_the_committed_one() throws IOException {
        JsonNode document = JSON.readTree(served);
        Path committed = ApiDocuments.committed();
        if (Boolean.getBoolean("guichet.openapi.write")) {
            Files.createDirectories(committed.getParent());
            Files.writeString(committed, JSON.writeValueAsString(document) + "\n");
        }
        List<String> differences = JsonDifferences.between(JSON.readTree(committed.toFile()), document);

        assertTrue(differences.isEmpty(), () -> "GET /api/openapi differs from docs/openapi/guichet.json at "
                + String.join(", ", differences.subList(0, Math.min(20, differences.size())))
                + (differences.size() > 20 ? " and " + (differences.size() - 20) + " more" : "")
                + ".\nIf the change is meant, regenerate the file with `" + ApiDocuments.REGENERATE
                + "`, commit it and add a line to docs/openapi/CHANGELOG.md.");
    }

    @Test
    void the_served_document_breaks_no_client_of_the_last_release() throws IOException {
        Path released = ApiDocuments.lastReleased();
        Optional<String> refusal = Compatibility.refusal(Files.readString(released), served);

        assertTrue(refusal.isEmpty(), () -> "Against " + released.getFileName() + ": " + refusal.orElseThrow());
    }
}
