package fr.guichet.desk.requests;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** One page of the request log; {@code nextCursor} leads to the next. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RequestPage(List<QuickRequest> items, String nextCursor) {

    public static final RequestPage EMPTY = new RequestPage(List.of(), null);

    public boolean hasMore() {
        return nextCursor != null;
    }
}
