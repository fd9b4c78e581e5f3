package fr.guichet.gateway.openapi;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The reusable parts of the merged document (schemas, responses...), gathered from every source. One name is
 * one thing across the whole API: a name two sources define alike is kept once (the shared enums, Problem),
 * a name two sources define differently is a mistake to fix in a service, never renamed behind its back.
 */
final class Components {

    private static final String PREFIX = "#/components/";

    private final Map<String, Map<String, JsonNode>> byKind = new TreeMap<>();
    private final Map<String, String> definedBy = new HashMap<>();

    /** Adds a source's components, except its security schemes (the gateway declares its own). */
    void add(String source, JsonNode components) {
        components.fields().forEachRemaining(kind -> {
            if (!kind.getKey().equals("securitySchemes")) {
                kind.getValue().fields().forEachRemaining(named -> put(source, kind.getKey(), named.getKey(), named.getValue()));
            }
        });
    }

    void put(String source, String kind, String name, JsonNode definition) {
        Map<String, JsonNode> named = byKind.computeIfAbsent(kind, k -> new TreeMap<>());
        JsonNode known = named.get(name);
        String key = kind + "/" + name;
        if (known != null && !known.equals(definition)) {
            throw new IllegalStateException("components." + kind + "." + name + " is defined differently by "
                    + definedBy.get(key) + " (" + known + ") and by " + source + " (" + definition
                    + "): one name must be one definition across the API");
        }
        named.put(name, definition);
        definedBy.putIfAbsent(key, source);
    }

    /** Writes the components that the paths use, directly or through another component, sorted by name. */
    void writeUsedBy(JsonNode paths, ObjectNode components) {
        Set<String> used = usedFrom(paths);
        byKind.forEach((kind, named) -> named.forEach((name, definition) -> {
            if (used.contains(PREFIX + kind + "/" + name)) {
                components.with(kind).set(name, definition);
            }
        }));
    }

    private Set<String> usedFrom(JsonNode paths) {
        Set<String> used = new HashSet<>();
        Deque<JsonNode> toRead = new ArrayDeque<>();
        toRead.push(paths);
        while (!toRead.isEmpty()) {
            for (String ref : refsIn(toRead.pop())) {
                if (ref.startsWith(PREFIX) && used.add(ref)) {
                    String[] kindAndName = ref.substring(PREFIX.length()).split("/", 2);
                    JsonNode definition = byKind.getOrDefault(kindAndName[0], Map.of()).get(kindAndName[1]);
                    if (definition != null) {
                        toRead.push(definition);
                    }
                }
            }
        }
        return used;
    }

    private static Set<String> refsIn(JsonNode node) {
        Set<String> refs = new HashSet<>();
        Deque<JsonNode> toRead = new ArrayDeque<>();
        toRead.push(node);
        while (!toRead.isEmpty()) {
            JsonNode current = toRead.pop();
            if (current.isObject()) {
                Iterator<Map.Entry<String, JsonNode>> fields = current.fields();
                while (fields.hasNext()) {
                    Map.Entry<String, JsonNode> field = fields.next();
                    if (field.getKey().equals("$ref") && field.getValue().isTextual()) {
                        refs.add(field.getValue().asText());
                    } else {
                        toRead.push(field.getValue());
                    }
                }
            } else if (current.isArray()) {
                current.forEach(toRead::push);
            }
        }
        return refs;
    }
}
