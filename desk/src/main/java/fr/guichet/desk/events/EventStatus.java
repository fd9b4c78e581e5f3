package fr.guichet.desk.events;

import io.quarkus.qute.TemplateData;

/** Where an event stands: being prepared, open to the public, or called off. */
@TemplateData
public enum EventStatus {
    DRAFT("Brouillon"),
    PUBLISHED("Publié"),
    CANCELLED("Annulé");

    private final String label;

    EventStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
