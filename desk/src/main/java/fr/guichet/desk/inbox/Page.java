package fr.guichet.desk.inbox;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** The first page of one of the API's lists; {@code nextCursor} says there is more. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Page<T>(List<T> items, String nextCursor) {

    public List<T> items() {
        return items == null ? List.of() : items;
    }

    /** How many, as a heading says it: "3", or "plus de 10" when the page is not the whole list. */
    public String count() {
        return nextCursor == null ? String.valueOf(items().size()) : "plus de " + items().size();
    }
}
