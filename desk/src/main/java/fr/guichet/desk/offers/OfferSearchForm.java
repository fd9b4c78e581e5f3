package fr.guichet.desk.offers;

import java.util.Map;

import org.jboss.resteasy.reactive.RestQuery;

import fr.guichet.desk.page.SearchTerms;

/** The public search as typed in its form (French names in the address), kept to show it again with the results. */
public class OfferSearchForm {

    @RestQuery("departement")
    public String department;
    /** A commune's INSEE code: its offers, or with a radius those around it. */
    @RestQuery
    public String commune;
    @RestQuery("rayon")
    public String radiusKm;
    @RestQuery("type")
    public String kind;
    @RestQuery("public")
    public String audience;
    @RestQuery
    public String q;
    @RestQuery("suite")
    public String cursor;

    /** The API's query parameters; the API checks every value. */
    Map<String, String> filters() {
        return new SearchTerms().with("department", department).with("commune", commune).with("radiusKm", radiusKm)
                .with("kind", kind).with("audience", audience).with("q", q).with("cursor", cursor).asMap();
    }

    /** The address of the same search from {@code nextCursor} on. */
    String page(String nextCursor) {
        return new SearchTerms().with("departement", department).with("commune", commune).with("rayon", radiusKm)
                .with("type", kind).with("public", audience).with("q", q).with("suite", nextCursor)
                .link(OffersResource.LIST);
    }
}
