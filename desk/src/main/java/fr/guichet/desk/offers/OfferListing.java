package fr.guichet.desk.offers;

import java.util.List;

/** The offers found for a search, and the address of the next ones (null on the last page). */
public record OfferListing(OfferSearchForm search, List<Offer> offers, String nextPage) {

    static OfferListing of(OfferSearchForm search, OfferPage page) {
        return new OfferListing(search, page.items(), page.nextCursor() == null ? null : search.page(page.nextCursor()));
    }

    static OfferListing none(OfferSearchForm search) {
        return new OfferListing(search, List.of(), null);
    }
}
