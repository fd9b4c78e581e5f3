package fr.guichet.desk.offers;

import java.util.Arrays;

import io.quarkus.qute.TemplateData;

/** What an offer is, as the welcome API names it. */
@TemplateData
public enum OfferKind {
    JOB("Emploi"),
    INTERNSHIP("Terrain de stage"),
    HOUSING("Logement");

    private final String label;

    OfferKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The kind of that name, or null for none or an unknown one. */
    public static OfferKind named(String name) {
        return Arrays.stream(values()).filter(kind -> kind.name().equals(name)).findFirst().orElse(null);
    }
}
