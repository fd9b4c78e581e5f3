package fr.guichet.desk.requests;

import java.util.Map;

import org.jboss.resteasy.reactive.RestQuery;

import fr.guichet.desk.page.SearchTerms;

/**
 * The request log's search, read from the page's query string with the API's own parameter names (so a search is a
 * link to keep); {@code mine} stands for "taken by me".
 */
public class RequestFilter {

    @RestQuery
    public String q;
    @RestQuery
    public String status;
    @RestQuery
    public String channel;
    @RestQuery
    public String subject;
    @RestQuery
    public String department;
    @RestQuery
    public String receivedFrom;
    @RestQuery
    public String receivedTo;
    @RestQuery
    public boolean mine;
    @RestQuery
    public String cursor;

    /** The filters as the API takes them; "mine" asks for the requests assigned to {@code login}. */
    Map<String, String> apiFilters(String login) {
        return terms().with("assignee", mine ? login : null).with("cursor", cursor).asMap();
    }

    /** This search from its first page. */
    public String firstPage() {
        return search().link(QuickRequestResource.LIST);
    }

    /** This search from the page {@code nextCursor} points to. */
    public String pageAfter(String nextCursor) {
        return search().with("cursor", nextCursor).link(QuickRequestResource.LIST);
    }

    public boolean onFirstPage() {
        return cursor == null || cursor.isBlank();
    }

    public boolean isFiltered() {
        return !search().asMap().isEmpty();
    }

    private SearchTerms search() {
        return terms().with("mine", mine ? "true" : null);
    }

    private SearchTerms terms() {
        return new SearchTerms().with("q", q).with("status", status).with("channel", channel).with("subject", subject)
                .with("department", department).with("receivedFrom", receivedFrom).with("receivedTo", receivedTo);
    }
}
