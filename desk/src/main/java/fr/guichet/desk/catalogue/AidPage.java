package fr.guichet.desk.catalogue;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** One page of aids, and the cursor of the next one (null on the last). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AidPage(List<Aid> items, String nextCursor) {

    public AidPage {
        items = items == null ? List.of() : items;
    }
}
