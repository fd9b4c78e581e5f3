package fr.guichet.desk.offers;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** One page of offers as the welcome API gives it; {@code nextCursor} leads to the next, null on the last. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record OfferPage(List<Offer> items, String nextCursor) {

    public OfferPage {
        items = items == null ? List.of() : items;
    }
}
