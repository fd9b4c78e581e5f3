package fr.guichet.desk.offers;

import io.quarkus.qute.TemplateData;

/** Where an offer stands: written, public, then filled or withdrawn (a closed offer changes no more). */
@TemplateData
public enum OfferStatus {
    DRAFT("Brouillon"),
    PUBLISHED("Publiée"),
    FILLED("Pourvue"),
    WITHDRAWN("Retirée");

    private final String label;

    OfferStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
