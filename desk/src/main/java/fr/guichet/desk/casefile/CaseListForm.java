package fr.guichet.desk.casefile;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.jboss.resteasy.reactive.RestQuery;

/**
 * The case list's search form, read from the page's query string with the API's own parameter names, so that a
 * filtered list is a link one can keep or send; {@code mine} stands for "assigned to me".
 */
public class CaseListForm {

    @RestQuery
    public String q;
    @RestQuery
    public String status;
    @RestQuery
    public String profession;
    @RestQuery
    public String department;
    @RestQuery
    public String channel;
    @RestQuery
    public String assignee;
    @RestQuery
    public boolean mine;
    @RestQuery
    public String createdFrom;
    @RestQuery
    public String createdTo;
    @RestQuery
    public String cursor;

    /** The filters as the API takes them, blanks left out; "mine" asks for the cases assigned to {@code login}. */
    public Map<String, String> apiFilters(String login) {
        Map<String, String> filters = searchTerms();
        if (mine) {
            filters.remove("mine");
            filters.put("assignee", login);
        }
        put(filters, "cursor", cursor);
        return filters;
    }

    /** This search from its first page. */
    public String firstPage() {
        return link(searchTerms());
    }

    /** This search from the page the API's {@code nextCursor} points to. */
    public String pageAfter(String nextCursor) {
        Map<String, String> terms = searchTerms();
        terms.put("cursor", nextCursor);
        return link(terms);
    }

    public boolean onFirstPage() {
        return cursor == null || cursor.isBlank();
    }

    private Map<String, String> searchTerms() {
        Map<String, String> terms = new LinkedHashMap<>();
        put(terms, "q", q);
        put(terms, "status", status);
        put(terms, "profession", profession);
        put(terms, "department", department);
        put(terms, "channel", channel);
        if (mine) {
            terms.put("mine", "true");
        } else {
            put(terms, "assignee", assignee);
        }
        put(terms, "createdFrom", createdFrom);
        put(terms, "createdTo", createdTo);
        return terms;
    }

    private static void put(Map<String, String> terms, String name, String value) {
        if (value != null && !value.isBlank()) {
            terms.put(name, value.strip());
        }
    }

    private static String link(Map<String, String> terms) {
        if (terms.isEmpty()) {
            return CaseFileResource.LIST;
        }
        return CaseFileResource.LIST + "?" + terms.entrySet().stream()
                .map(t -> t.getKey() + "=" + URLEncoder.encode(t.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
