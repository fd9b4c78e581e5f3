package fr.guichet.e2e.openapi;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;

/**
 * Every example of the document is valid against its schema (a partner copies them), and is an {@code example}
 * rather than a schema-level {@code examples} array, which tools still on OpenAPI 3.0 do not read. Checks the
 * keywords the document uses: type, enum, format (uuid, date, date-time), bounds, required, properties, items,
 * allOf/anyOf/oneOf.
 */
final class ExampleCheck {

    private static final Set<String> NAME_MAPS = Set.of("properties", "paths", "schemas", "responses", "content",
            "headers", "parameters", "requestBodies", "securitySchemes", "patternProperties");

    private static final JsonNode NULL = TextNode.valueOf("null");

    private final JsonNode document;
    private final List<String> findings;

    private ExampleCheck(JsonNode document, List<String> findings) {
        this.document = document;
        this.findings = findings;
    }

    static void everyExampleIn(JsonNode document, List<String> findings) {
        new ExampleCheck(document, findings).walk(document, "#", false);
    }

    private void walk(JsonNode node, String at, boolean nameMap) {
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), at + "/" + i, false);
            }
            return;
        }
        if (!node.isObject()) {
            return;
        }
        if (!nameMap) {
            check(node, at);
        }
        node.fields().forEachRemaining(field -> {
            boolean anExample = !nameMap && (field.getKey().equals("example") || field.getKey().equals("examples"));
            if (!anExample) {
                walk(field.getValue(), at + "/" + field.getKey(), !nameMap && NAME_MAPS.contains(field.getKey()));
            }
        });
    }

    private void check(JsonNode node, String at) {
        JsonNode schema = node.has("schema") ? node.get("schema") : node;
        if (node.has("example")) {
            List<String> wrong = new ArrayList<>();
            validate(node.get("example"), schema, "example", wrong);
            wrong.forEach(problem -> findings.add(at + ": " + problem));
        }
        JsonNode examples = node.get("examples");
        if (examples != null && examples.isArray()) {
            findings.add(at + ": a schema-level examples array (use example)");
        } else if (examples != null && node.has("schema")) {
            examples.fields().forEachRemaining(named -> {
                List<String> wrong = new ArrayList<>();
                validate(named.getValue().path("value"), schema, "examples." + named.getKey(), wrong);
                wrong.forEach(problem -> findings.add(at + ": " + problem));
            });
        }
    }

    private void validate(JsonNode value, JsonNode schemaOrRef, String where, List<String> wrong) {
        JsonNode schema = resolve(schemaOrRef);
        for (JsonNode part : schema.path("allOf")) {
            validate(value, part, where, wrong);
        }
        for (String alternatives : List.of("anyOf", "oneOf")) {
            if (schema.has(alternatives) && matchesNone(value, schema.get(alternatives))) {
                wrong.add(where + " matches none of " + alternatives);
            }
        }
        if (schema.has("enum") && !contains(schema.get("enum"), value)) {
            wrong.add(where + " " + value + " is not one of " + schema.get("enum"));
            return;
        }
        if (value.isNull()) {
            if (!allowsNull(schema)) {
                wrong.add(where + " is null");
            }
            return;
        }
        String type = typeOf(schema);
        switch (type) {
            case "string" -> string(value, schema, where, wrong);
            case "integer", "number" -> number(value, schema, type, where, wrong);
            case "boolean" -> expect(value.isBoolean(), where + " " + value + " is not a boolean", wrong);
            case "array" -> {
                expect(value.isArray(), where + " is not an array", wrong);
                for (int i = 0; value.isArray() && i < value.size(); i++) {
                    validate(value.get(i), schema.path("items"), where + "[" + i + "]", wrong);
                }
            }
            case "object" -> object(value, schema, where, wrong);
            default -> {
            }
        }
    }

    private void object(JsonNode value, JsonNode schema, String where, List<String> wrong) {
        if (!value.isObject()) {
            wrong.add(where + " is not an object");
            return;
        }
        for (JsonNode required : schema.path("required")) {
            expect(value.has(required.asText()), where + " lacks required " + required.asText(), wrong);
        }
        for (Map.Entry<String, JsonNode> field : (Iterable<Map.Entry<String, JsonNode>>) value::fields) {
            JsonNode property = schema.path("properties").get(field.getKey());
            if (property != null) {
                validate(field.getValue(), property, where + "." + field.getKey(), wrong);
            } else if (schema.path("additionalProperties").isObject()) {
                validate(field.getValue(), schema.get("additionalProperties"), where + "." + field.getKey(), wrong);
            } else if (schema.has("properties") && !schema.path("additionalProperties").asBoolean(false)) {
                // stricter than JSON Schema on purpose: an undeclared member in an example is a typo or a stale example
                wrong.add(where + " has " + field.getKey() + ", which its schema does not declare");
            }
        }
    }

    private static void string(JsonNode value, JsonNode schema, String where, List<String> wrong) {
        if (!value.isTextual()) {
            wrong.add(where + " " + value + " is not a string");
            return;
        }
        String text = value.asText();
        try {
            switch (schema.path("format").asText()) {
                case "uuid" -> UUID.fromString(text);
                case "date" -> LocalDate.parse(text);
                case "date-time" -> OffsetDateTime.parse(text);
                default -> {
                }
            }
        } catch (IllegalArgumentException | DateTimeParseException e) {
            wrong.add(where + " \"" + text + "\" is not a " + schema.path("format").asText());
        }
    }

    private static void number(JsonNode value, JsonNode schema, String type, String where, List<String> wrong) {
        boolean fits = type.equals("integer") ? value.isIntegralNumber() : value.isNumber();
        if (!fits) {
            wrong.add(where + " " + value + " is not an " + type);
            return;
        }
        if (schema.has("minimum") && value.decimalValue().compareTo(schema.get("minimum").decimalValue()) < 0
                || schema.has("maximum") && value.decimalValue().compareTo(schema.get("maximum").decimalValue()) > 0) {
            wrong.add(where + " " + value + " is out of its bounds");
        }
    }

    private boolean matchesNone(JsonNode value, JsonNode alternatives) {
        for (JsonNode alternative : alternatives) {
            List<String> wrong = new ArrayList<>();
            validate(value, alternative, "", wrong);
            if (wrong.isEmpty()) {
                return false;
            }
        }
        return true;
    }

    private static boolean contains(JsonNode values, JsonNode value) {
        for (JsonNode candidate : values) {
            if (candidate.equals(value)) {
                return true;
            }
        }
        return false;
    }

    private static boolean allowsNull(JsonNode schema) {
        return schema.path("nullable").asBoolean() || contains(schema.path("type"), NULL)
                || !schema.has("type") && !schema.has("enum");
    }

    /** The one non-null type a schema names (OpenAPI 3.1 writes a nullable one as ["string", "null"]). */
    private static String typeOf(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode one : type) {
                if (!one.asText().equals("null")) {
                    return one.asText();
                }
            }
        }
        return type.asText("");
    }

    private static void expect(boolean holds, String otherwise, List<String> wrong) {
        if (!holds) {
            wrong.add(otherwise);
        }
    }

    private JsonNode resolve(JsonNode schema) {
        String ref = schema.path("$ref").asText("");
        return ref.startsWith("#/") ? document.at(ref.substring(1)) : schema;
    }
}
