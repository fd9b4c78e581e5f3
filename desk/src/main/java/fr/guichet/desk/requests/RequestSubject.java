package fr.guichet.desk.requests;

import io.quarkus.qute.TemplateData;

/** What a quick request is about. */
@TemplateData
public enum RequestSubject {
    AIDS("Aides à l'installation"),
    ZONING("Zonage"),
    STEPS("Démarches"),
    PREMISES("Locaux"),
    TRAINING("Études et stages"),
    OTHER("Autre sujet");

    private final String label;

    RequestSubject(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
