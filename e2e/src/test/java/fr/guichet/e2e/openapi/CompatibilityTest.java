package fr.guichet.e2e.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Optional;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The versioning rule on copies of the last released document: no stack needed. */
class CompatibilityTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static String released;

    @BeforeAll
    static void read() throws IOException {
        released = Files.readString(ApiDocuments.lastReleased());
    }

    @Test
    void the_released_document_follows_itself() {
        assertEquals(Optional.empty(), Compatibility.refusal(released, released));
    }

    @Test
    void a_removed_operation_is_refused_within_the_same_major_version() throws IOException {
        Optional<String> refusal = Compatibility.refusal(released, withoutListCases("1.1.0"));

        assertTrue(refusal.isPresent(), "Removing GET /api/cases went through");
        assertTrue(refusal.get().contains("/api/cases"), refusal.get());
    }

    @Test
    void a_removed_operation_is_allowed_with_a_new_major_version() throws IOException {
        assertEquals(Optional.empty(), Compatibility.refusal(released, withoutListCases("2.0.0")));
    }

    @Test
    void a_new_operation_is_allowed_within_the_same_major_version() throws IOException {
        ObjectNode document = (ObjectNode) JSON.readTree(released);
        ((ObjectNode) document.path("paths")).set("/api/cases/{id}/copies", document.path("paths").path("/api/cases").deepCopy());
        ((ObjectNode) document.path("info")).put("version", "1.1.0");

        assertEquals(Optional.empty(), Compatibility.refusal(released, JSON.writeValueAsString(document)));
    }

    private static String withoutListCases(String version) throws IOException {
        ObjectNode document = (ObjectNode) JSON.readTree(released);
        ((ObjectNode) document.path("paths").path("/api/cases")).remove("get");
        ((ObjectNode) document.path("info")).put("version", version);
        return JSON.writeValueAsString(document);
    }
}
