package fr.guichet.desk.events;

import io.quarkus.qute.TemplateData;

/** Where a person registering stands in their career. */
@TemplateData
public enum RegistrantStatus {
    STUDENT("Étudiant ou étudiante en médecine"),
    INTERN("Interne"),
    REPLACEMENT("Médecin remplaçant ou remplaçante"),
    OTHER("Autre");

    private final String label;

    RegistrantStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
