package fr.guichet.testsupport.contract;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Compares an example answer with a real one by shape: every field of the example is in the real answer
 * with the same JSON type, at any depth. A null in the example accepts anything; each element of an
 * example array must match some element of the real one, so the provider's test must build data that
 * fills them.
 */
final class JsonShape {

    private JsonShape() {
    }

    static List<String> mismatches(JsonNode example, JsonNode real) {
        List<String> mismatches = new ArrayList<>();
        compare("$", example, real, mismatches);
        return mismatches;
    }

    private static void compare(String path, JsonNode example, JsonNode real, List<String> mismatches) {
        if (example.isNull()) {
            return;
        }
        if (real == null || real.isNull()) {
            mismatches.add(path + ": expected " + example.getNodeType() + ", the provider answered "
                    + (real == null ? "nothing" : "null"));
        } else if (example.getNodeType() != real.getNodeType()) {
            mismatches.add(path + ": expected " + example.getNodeType() + ", the provider answered " + real.getNodeType());
        } else if (example.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = example.fields(); fields.hasNext();) {
                Map.Entry<String, JsonNode> field = fields.next();
                String fieldPath = path + "." + field.getKey();
                if (real.has(field.getKey())) {
                    compare(fieldPath, field.getValue(), real.get(field.getKey()), mismatches);
                } else {
                    mismatches.add(fieldPath + ": missing");
                }
            }
        } else if (example.isArray()) {
            for (int i = 0; i < example.size(); i++) {
                mismatches.addAll(closestMatch(path + "[" + i + "]", example.get(i), real));
            }
        }
    }

    /** No mismatch if some element fits; otherwise the mismatches of the element that fits best. */
    private static List<String> closestMatch(String path, JsonNode example, JsonNode realArray) {
        List<String> closest = null;
        for (JsonNode element : realArray) {
            List<String> mismatches = new ArrayList<>();
            compare(path, example, element, mismatches);
            if (closest == null || mismatches.size() < closest.size()) {
                closest = mismatches;
            }
        }
        return closest == null ? List.of(path + ": the provider answered an empty array") : closest;
    }
}
