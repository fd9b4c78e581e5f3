package fr.guichet.desk.offers;

import io.quarkus.qute.TemplateData;

/** The kind of home a housing offer is. */
@TemplateData
public enum HousingType {
    CO_LIVING("Colocation d'internes"),
    MUNICIPAL("Logement communal"),
    HOST_FAMILY("Chambre chez l'habitant");

    private final String label;

    HousingType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
