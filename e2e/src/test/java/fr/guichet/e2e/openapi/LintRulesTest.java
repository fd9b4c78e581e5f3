package fr.guichet.e2e.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

/** What our own rules find, on small documents: no stack needed. */
class LintRulesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String GOOD = """
            {"openapi": "3.1.0", "info": {"title": "t", "version": "1.0.0", "contact": {"name": "c"}, "license": {"name": "l"}},
             "servers": [{"url": "http://localhost:8080"}],
             "tags": [{"name": "Cases", "description": "Case files"}],
             "paths": {"/api/cases/{id}": {"get": {
                 "operationId": "getCase", "tags": ["Cases"], "summary": "A case", "description": "One case.\\nRoles: doctor, partner.",
                 "security": [{"bearer": []}],
                 "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "string", "format": "uuid"}}],
                 "responses": {
                   "200": {"description": "The case", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Case"}}}},
                   "404": {"description": "Not found", "content": {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}}}}}}},
             "components": {"schemas": {
                 "Case": {"type": "object", "properties": {"id": {"type": "string", "format": "uuid"}, "status": {"$ref": "#/components/schemas/Status"}},
                          "example": {"id": "5b0e8f0e-0000-4000-8000-000000000001", "status": "OPEN"}},
                 "Status": {"type": "string", "enum": ["OPEN", "CLOSED"]},
                 "Problem": {"type": "object", "properties": {"status": {"type": "integer"}}}}}}""";

    @Test
    void a_document_keeping_every_rule_has_no_finding() throws IOException {
        assertEquals(List.of(), LintRules.check(JSON.readTree(GOOD)));
    }

    @Test
    void each_finding_names_the_operation_and_what_is_wrong() throws IOException {
        String bad = GOOD.replace("\"operationId\": \"getCase\", ", "")
                .replace("\\nRoles: doctor, partner.", "")
                .replace("\"security\": [{\"bearer\": []}],", "")
                .replace("\"name\": \"id\"", "\"name\": \"caseId\"")
                .replace("\"application/problem+json\"", "\"application/json\"")
                .replace("\"status\": \"OPEN\"", "\"status\": \"LOST\"")
                .replace("\"Status\": {", "\"UUID\": {\"type\": \"string\"}, \"Status\": {")
                .replace("\"type\": \"object\", \"properties\": {\"status\"", "\"type\": \"object\", \"required\": [\"type\"], \"properties\": {\"status\"");

        assertEquals(List.of(
                "GET /api/cases/{id}: no operationId",
                "GET /api/cases/{id}: the description does not end with a \"Roles: ...\" or \"Public.\" line",
                "GET /api/cases/{id}: no security requirement (a public operation says [])",
                "GET /api/cases/{id}: answer 404 has no application/problem+json content with the Problem schema",
                "GET /api/cases/{id}: path parameter id is not declared",
                "components.schemas.Problem requires type, which it does not declare",
                "components.schemas.UUID is not used",
                "components.schemas.UUID is named after a Java type",
                "#/components/schemas/Case: example.status \"LOST\" is not one of [\"OPEN\",\"CLOSED\"]"),
                LintRules.check(JSON.readTree(bad)));
    }

    @Test
    void a_public_operation_says_so_and_declares_no_requirement() throws IOException {
        String publicButProtected = GOOD.replace("Roles: doctor, partner.", "Public.");

        assertEquals(List.of("GET /api/cases/{id} (getCase): security [{\"bearer\":[]}] does not match \"Public.\""),
                LintRules.check(JSON.readTree(publicButProtected)));
    }
}
