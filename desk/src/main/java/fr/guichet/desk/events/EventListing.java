package fr.guichet.desk.events;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

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
        StringBuilder address = new StringBuilder(EventsResource.LIST).append("?suite=").append(encoded(page.nextCursor()));
        if (department != null && !department.isBlank()) {
            address.append("&departement=").append(encoded(department.strip()));
        }
        if (kind != null) {
            address.append("&type=").append(kind.name());
        }
        return address.toString();
    }

    private static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
