package fr.guichet.desk.catalogue;

import static fr.guichet.desk.page.FormText.given;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.jboss.resteasy.reactive.RestQuery;

/** The catalogue's filters as the list's URL carries them (the API's codes as values), blank meaning "any". */
public class CatalogueFilter {

    @RestQuery("q")
    String words;

    @RestQuery
    String profession;

    @RestQuery("categorie")
    String category;

    @RestQuery("financeur")
    String funder;

    @RestQuery
    String region;

    @RestQuery("departement")
    String department;

    @RestQuery("suite")
    String cursor;

    public String words() {
        return given(words);
    }

    public String profession() {
        return given(profession);
    }

    public String category() {
        return given(category);
    }

    public String funder() {
        return given(funder);
    }

    public String region() {
        return given(region);
    }

    public String department() {
        return given(department);
    }

    public String cursor() {
        return given(cursor);
    }

    public boolean isFiltered() {
        return !filters().isEmpty();
    }

    public boolean onFirstPage() {
        return cursor() == null;
    }

    /** The list's URL with the same filters, from its first page. */
    public String firstPageUrl() {
        return url(filters());
    }

    /** The list's URL with the same filters, at the page after this one. */
    public String pageAfter(String nextCursor) {
        Map<String, String> parameters = filters();
        parameters.put("suite", nextCursor);
        return url(parameters);
    }

    private Map<String, String> filters() {
        Map<String, String> parameters = new LinkedHashMap<>();
        put(parameters, "q", words());
        put(parameters, "profession", profession());
        put(parameters, "categorie", category());
        put(parameters, "financeur", funder());
        put(parameters, "region", region());
        put(parameters, "departement", department());
        return parameters;
    }

    private static void put(Map<String, String> parameters, String name, String value) {
        if (value != null) {
            parameters.put(name, value);
        }
    }

    private static String url(Map<String, String> parameters) {
        return parameters.isEmpty() ? "/aides" : "/aides?" + parameters.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
