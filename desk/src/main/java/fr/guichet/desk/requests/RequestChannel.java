package fr.guichet.desk.requests;

import io.quarkus.qute.TemplateData;

/** How a quick request reached the guichet. */
@TemplateData
public enum RequestChannel {
    PHONE("Téléphone"),
    EMAIL("Courriel"),
    WEB_FORM("Formulaire en ligne"),
    EVENT("Salon ou événement"),
    WALK_IN("Accueil sur place");

    private final String label;

    RequestChannel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
