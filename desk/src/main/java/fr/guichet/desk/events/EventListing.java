package fr.guichet.desk.events;

import fr.guichet.desk.page.SearchTerms;

/** The events shown for the filters chosen, and the address of the next ones. */
public record EventListing(String department, EventKind kind, EventsApi.EventPage page) {

    /** The kind chosen, as the select's value ("" for every kind). */
    public String kindValue() {
        return kind == null ? "" : kind.name();
    }

    /** The address of the next page with the same filters, or null on the last. */
    public String nextPage() {
        if (page.nextCursor() == null) {
            return null;
        }
        return new SearchTerms().with("suite", page.nextCursor()).with("departement", department)
                .with("type", kindValue()).link(EventsResource.LIST);
    }
}
