package fr.guichet.desk.page;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A search's non-blank terms in the order given: the query parameters passed on to the API, and the address of the
 * same search, which one can keep or send.
 */
public final class SearchTerms {

    private final Map<String, String> terms = new LinkedHashMap<>();

    /** Adds a term unless it is blank, trimmed. */
    public SearchTerms with(String name, String value) {
        if (value != null && !value.isBlank()) {
            terms.put(name, value.strip());
        }
        return this;
    }

    public Map<String, String> asMap() {
        return new LinkedHashMap<>(terms);
    }

    /** {@code path} with these terms as its query string, each encoded. */
    public String link(String path) {
        if (terms.isEmpty()) {
            return path;
        }
        return path + "?" + terms.entrySet().stream()
                .map(t -> t.getKey() + "=" + URLEncoder.encode(t.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
