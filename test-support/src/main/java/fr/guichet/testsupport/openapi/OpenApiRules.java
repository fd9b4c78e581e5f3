package fr.guichet.testsupport.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.eclipse.microprofile.openapi.annotations.Operation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;

/**
 * The rules every service's served OpenAPI document keeps (design.md, issue #16), checked the same way in each
 * service: each operation named, tagged, summarised, with the roles that may call it; every error a Problem;
 * no Java type published as a schema; the shared enumerations identical.
 */
public final class OpenApiRules {

    /** The professions both services know, in one order: partners generate one enum from either document. */
    public static final List<String> PROFESSIONS = List.of("GENERAL_PRACTITIONER", "SPECIALIST", "DENTIST", "NURSE",
            "MIDWIFE", "PHYSIOTHERAPIST", "PHARMACIST");

    private static final Set<String> JAVA_TYPES = Set.of("JsonNode", "JsonNodeType", "ObjectNode", "ArrayNode",
            "Instant", "LocalDate", "LocalDateTime", "OffsetDateTime", "ZonedDateTime", "Duration", "UUID", "URI", "URL",
            "Object", "Map", "List", "Response", "Multi", "Uni", "byte");
    private static final String ROLES_LINE = "^(Public\\.|Roles: [a-z-]+(, [a-z-]+)*\\.)$";
    private static final String PROBLEM = "#/components/schemas/Problem";

    private final JsonNode document;

    private OpenApiRules(JsonNode document) {
        this.document = document;
    }

    public static OpenApiRules of(String json) {
        try {
            return new OpenApiRules(new ObjectMapper().readTree(json));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public JsonNode document() {
        return document;
    }

    /** Every operation of the document, by "METHOD /path". */
    public Map<String, JsonNode> operations() {
        Map<String, JsonNode> operations = new HashMap<>();
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(
                method -> operations.put(method.getKey().toUpperCase() + " " + path.getKey(), method.getValue())));
        return operations;
    }

    public void assertEveryOperationIsDocumented() {
        List<String> failures = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        operations().forEach((name, operation) -> {
            String id = operation.path("operationId").asText("");
            if (!id.matches("^[a-z]+[A-Za-z]*$") || !ids.add(id)) {
                failures.add(name + ": operationId '" + id + "' missing, not lowerCamel or not unique");
            }
            if (operation.path("tags").size() != 1) {
                failures.add(name + ": one tag expected, found " + operation.path("tags"));
            }
            if (operation.path("summary").asText("").isBlank()) {
                failures.add(name + ": no summary");
            }
            String description = operation.path("description").asText("");
            String lastLine = description.substring(description.lastIndexOf('\n') + 1);
            if (!lastLine.matches(ROLES_LINE)) {
                failures.add(name + ": the description's last line is '" + lastLine + "', not 'Roles: ...' or 'Public.'");
            }
            boolean isPublic = lastLine.equals("Public.");
            JsonNode security = operation.path("security");
            if (!security.isArray() || security.isEmpty() != isPublic) {
                failures.add(name + ": security " + security + " does not match '" + lastLine + "'");
            }
            JsonNode responses = operation.path("responses");
            if (!isPublic && (!responses.has("401") || !responses.has("403"))) {
                failures.add(name + ": a secured operation documents 401 and 403");
            }
            responses.fields().forEachRemaining(response -> {
                String status = response.getKey();
                JsonNode content = response.getValue().path("content");
                if (status.matches("[45]\\d\\d") && (content.size() != 1
                        || !PROBLEM.equals(content.path("application/problem+json").path("schema").path("$ref").asText()))) {
                    failures.add(name + " " + status + ": not only application/problem+json with the Problem schema");
                }
                if (status.matches("20[01]") && content.isEmpty()) {
                    failures.add(name + " " + status + ": no body documented");
                }
                if (status.equals("201") && !response.getValue().path("headers").has("Location")) {
                    failures.add(name + " 201: no Location header");
                }
            });
        });
        assertEquals(List.of(), failures);
    }

    /** The roles each operation states are those its method allows: {@code @RolesAllowed}, or {@code @PermitAll}. */
    public void assertRolesMatch(Class<?>... resources) {
        Map<String, String> stated = new HashMap<>();
        operations().values().forEach(operation -> {
            String description = operation.path("description").asText("");
            stated.put(operation.path("operationId").asText(), description.substring(description.lastIndexOf('\n') + 1));
        });
        List<String> failures = new ArrayList<>();
        for (Class<?> resource : resources) {
            for (Method method : resource.getDeclaredMethods()) {
                Operation operation = method.getAnnotation(Operation.class);
                if (operation == null || operation.hidden()) {
                    continue;
                }
                String expected = rolesLine(resource, method);
                if (!expected.equals(rolesAsSet(stated.get(operation.operationId())))) {
                    failures.add(operation.operationId() + ": states '" + stated.get(operation.operationId())
                            + "', allows " + expected);
                }
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    public void assertNoJavaTypeAsSchema() {
        Set<String> names = new TreeSet<>();
        document.path("components").path("schemas").fieldNames().forEachRemaining(names::add);
        List<String> javaNames = names.stream().filter(name -> JAVA_TYPES.contains(name) || name.matches(".*\\d$")).toList();
        assertEquals(List.of(), javaNames, "schemas named after a Java type, or renamed by a number for a clash");
        assertTrue(names.containsAll(List.of("Problem", "FieldError")), "the problem schemas are registered");
        assertTrue(document.findValues("examples").stream().noneMatch(JsonNode::isArray),
                "a schema's example is 'example', not an 'examples' array");
    }

    public void assertEnum(String schema, List<String> values) {
        List<String> actual = new ArrayList<>();
        document.path("components").path("schemas").path(schema).path("enum").forEach(value -> actual.add(value.asText()));
        assertEquals(values, actual, schema);
    }

    private static String rolesLine(Class<?> resource, Method method) {
        if (method.isAnnotationPresent(PermitAll.class)
                || (!method.isAnnotationPresent(RolesAllowed.class) && resource.isAnnotationPresent(PermitAll.class))) {
            return "Public.";
        }
        RolesAllowed roles = method.isAnnotationPresent(RolesAllowed.class) ? method.getAnnotation(RolesAllowed.class)
                : resource.getAnnotation(RolesAllowed.class);
        return roles == null ? "(no role annotation)" : new TreeSet<>(Arrays.asList(roles.value())).toString();
    }

    private static String rolesAsSet(String line) {
        if (line == null || line.equals("Public.")) {
            return String.valueOf(line);
        }
        return Arrays.stream(line.replaceFirst("^Roles: ", "").replaceFirst("\\.$", "").split(", "))
                .collect(Collectors.toCollection(TreeSet::new)).toString();
    }
}
