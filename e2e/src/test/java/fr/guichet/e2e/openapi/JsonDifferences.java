package fr.guichet.e2e.openapi;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;

/** Where two JSON documents differ, as JSON pointers, so that a failure says what changed without printing both. */
final class JsonDifferences {

    private JsonDifferences() {
    }

    static List<String> between(JsonNode expected, JsonNode actual) {
        List<String> differences = new ArrayList<>();
        compare(expected, actual, "", differences);
        return differences;
    }

    private static void compare(JsonNode expected, JsonNode actual, String at, List<String> differences) {
        if (expected.equals(actual)) {
            return;
        }
        if (expected.isObject() && actual.isObject()) {
            Set<String> names = new TreeSet<>();
            expected.fieldNames().forEachRemaining(names::add);
            actual.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                String child = at + "/" + name.replace("~", "~0").replace("/", "~1");
                if (!expected.has(name)) {
                    differences.add(child + " (added)");
                } else if (!actual.has(name)) {
                    differences.add(child + " (removed)");
                } else {
                    compare(expected.get(name), actual.get(name), child, differences);
                }
            }
        } else {
            differences.add(at.isEmpty() ? "/" : at);
        }
    }
}
