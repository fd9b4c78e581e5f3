package fr.guichet.e2e.openapi;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Our own rules for the public API document, on top of swagger-parser's reading of it: what a partner's
 * generator and developer need of every operation (issue #16). Each finding names the operation and what is wrong.
 */
final class LintRules {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options", "trace");
    private static final Pattern ROLES = Pattern.compile("Roles: [a-z-]+(, [a-z-]+)*\\.|Public\\.");
    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}]+)}");
    /** Java types that leak into a document generated from code; partners' generators collide with them. */
    private static final Set<String> JAVA_TYPES = Set.of("JsonNode", "JsonNodeType", "ObjectNode", "ArrayNode", "Instant",
            "LocalDate", "LocalDateTime", "LocalTime", "OffsetDateTime", "ZonedDateTime", "Duration", "Period", "UUID", "URI",
            "URL", "BigDecimal", "BigInteger", "Object", "Map", "List", "Set", "Optional", "Response", "Uni", "Multi");

    private final JsonNode document;
    private final List<String> findings = new ArrayList<>();

    private LintRules(JsonNode document) {
        this.document = document;
    }

    static List<String> check(JsonNode document) {
        LintRules rules = new LintRules(document);
        rules.theDocument();
        Map<String, String> operationIds = new HashMap<>();
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(method -> {
            if (METHODS.contains(method.getKey())) {
                String name = method.getKey().toUpperCase() + " " + path.getKey();
                rules.anOperation(name, path.getKey(), path.getValue(), method.getValue(), operationIds);
            }
        }));
        rules.components();
        ExampleCheck.everyExampleIn(document, rules.findings);
        return rules.findings;
    }

    private void theDocument() {
        if (!document.path("servers").path(0).hasNonNull("url")) {
            findings.add("The document names no server");
        }
        for (String field : List.of("contact", "license")) {
            if (document.path("info").path(field).isEmpty()) {
                findings.add("The document's info has no " + field);
            }
        }
    }

    private void anOperation(String name, String path, JsonNode pathItem, JsonNode operation, Map<String, String> operationIds) {
        String id = operation.path("operationId").asText("");
        String at = id.isEmpty() ? name : name + " (" + id + ")";
        if (id.isEmpty()) {
            findings.add(at + ": no operationId");
        } else if (operationIds.putIfAbsent(id, name) != null) {
            findings.add(at + ": operationId already used by " + operationIds.get(id));
        }
        tag(at, operation.path("tags"));
        if (operation.path("summary").asText("").isBlank()) {
            findings.add(at + ": no summary");
        }
        rolesAndSecurity(at, operation);
        responses(at, operation.path("responses"));
        JsonNode body = resolve(operation.path("requestBody")).path("content").path("application/json").path("schema");
        if (!body.isMissingNode()) {
            typed(at + ": request body", body);
        }
        parameters(at, path, pathItem, operation);
    }

    private void tag(String at, JsonNode tags) {
        if (tags.size() != 1) {
            findings.add(at + ": " + tags.size() + " tags, where one is expected");
            return;
        }
        String tag = tags.get(0).asText();
        boolean declared = false;
        for (JsonNode known : document.path("tags")) {
            declared |= known.path("name").asText().equals(tag) && !known.path("description").asText("").isBlank();
        }
        if (!declared) {
            findings.add(at + ": tag " + tag + " is not declared with a description");
        }
    }

    private void rolesAndSecurity(String at, JsonNode operation) {
        String[] lines = operation.path("description").asText("").strip().split("\n");
        String last = lines[lines.length - 1].strip();
        if (!ROLES.matcher(last).matches()) {
            findings.add(at + ": the description does not end with a \"Roles: ...\" or \"Public.\" line");
        }
        JsonNode security = operation.get("security");
        if (security == null) {
            findings.add(at + ": no security requirement (a public operation says [])");
        } else if (last.equals("Public.") != security.isEmpty()) {
            findings.add(at + ": security " + security + " does not match \"" + last + "\"");
        }
    }

    private void responses(String at, JsonNode responses) {
        boolean clientError = false;
        for (Iterator<Map.Entry<String, JsonNode>> it = responses.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> entry = it.next();
            String status = entry.getKey();
            JsonNode response = resolve(entry.getValue());
            clientError |= status.startsWith("4");
            if (status.startsWith("4") || status.startsWith("5")) {
                JsonNode schema = response.path("content").path("application/problem+json").path("schema");
                if (!schema.path("$ref").asText().equals("#/components/schemas/Problem")) {
                    findings.add(at + ": answer " + status + " has no application/problem+json content with the Problem schema");
                }
            } else if (status.startsWith("2") && response.path("content").has("application/json")) {
                typed(at + ": answer " + status, response.path("content").path("application/json").path("schema"));
            }
        }
        if (!clientError) {
            findings.add(at + ": no 4xx answer");
        }
    }

    /** A JSON body's schema says what it holds: not empty, not an object of no declared members. */
    private void typed(String where, JsonNode schema) {
        JsonNode resolved = resolve(schema);
        if (resolved.path("type").asText().equals("array")) {
            resolved = resolve(resolved.path("items"));
        }
        boolean described = resolved.has("properties") || resolved.has("additionalProperties") || resolved.has("enum")
                || resolved.has("allOf") || resolved.has("oneOf") || resolved.has("anyOf")
                || (resolved.has("type") && !resolved.path("type").asText().equals("object"));
        if (!described) {
            findings.add(where + " has an untyped JSON schema " + schema);
        }
    }

    private void parameters(String at, String path, JsonNode pathItem, JsonNode operation) {
        Set<String> declaredInPath = new HashSet<>();
        List<JsonNode> parameters = new ArrayList<>();
        pathItem.path("parameters").forEach(parameters::add);
        operation.path("parameters").forEach(parameters::add);
        for (JsonNode declared : parameters) {
            JsonNode parameter = resolve(declared);
            String name = parameter.path("name").asText();
            if (parameter.path("in").asText().equals("path")) {
                declaredInPath.add(name);
            }
            JsonNode schema = resolve(parameter.path("schema"));
            if (!schema.has("type") && !schema.has("enum")) {
                findings.add(at + ": parameter " + name + " has no type");
            }
        }
        Matcher inPath = PATH_PARAMETER.matcher(path);
        while (inPath.find()) {
            if (!declaredInPath.contains(inPath.group(1))) {
                findings.add(at + ": path parameter " + inPath.group(1) + " is not declared");
            }
        }
    }

    private void components() {
        Set<String> used = new HashSet<>();
        collectRefs(document.path("paths"), used);
        Set<String> seen = new HashSet<>();
        boolean grew = true;
        while (grew) {
            grew = false;
            for (String ref : Set.copyOf(used)) {
                if (seen.add(ref)) {
                    collectRefs(document.at(ref.substring(1)), used);
                    grew = true;
                }
            }
        }
        document.path("components").path("schemas").fields().forEachRemaining(schema -> schema.getValue().path("required")
                .forEach(required -> {
                    if (schema.getValue().has("properties") || !schema.getValue().has("additionalProperties")) {
                        if (!schema.getValue().path("properties").has(required.asText())) {
                            findings.add("components.schemas." + schema.getKey() + " requires " + required.asText()
                                    + ", which it does not declare");
                        }
                    }
                }));
        document.path("components").fields().forEachRemaining(kind -> {
            if (!kind.getKey().equals("securitySchemes")) {
                kind.getValue().fieldNames().forEachRemaining(name -> {
                    if (!used.contains("#/components/" + kind.getKey() + "/" + name)) {
                        findings.add("components." + kind.getKey() + "." + name + " is not used");
                    }
                    if (JAVA_TYPES.contains(name)) {
                        findings.add("components." + kind.getKey() + "." + name + " is named after a Java type");
                    }
                });
            }
        });
    }

    private static void collectRefs(JsonNode node, Set<String> refs) {
        if (node.isObject()) {
            node.fields().forEachRemaining(field -> {
                if (field.getKey().equals("$ref") && field.getValue().isTextual()) {
                    refs.add(field.getValue().asText());
                } else {
                    collectRefs(field.getValue(), refs);
                }
            });
        } else if (node.isArray()) {
            node.forEach(item -> collectRefs(item, refs));
        }
    }

    private JsonNode resolve(JsonNode node) {
        String ref = node.path("$ref").asText("");
        return ref.startsWith("#/") ? document.at(ref.substring(1)) : node;
    }
}
