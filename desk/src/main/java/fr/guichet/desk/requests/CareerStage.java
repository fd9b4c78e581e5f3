package fr.guichet.desk.requests;

import io.quarkus.qute.TemplateData;

/** Where the person asking is in their career. */
@TemplateData
public enum CareerStage {
    STUDENT("Étudiant"),
    INTERN("Interne"),
    JUNIOR_DOCTOR("Docteur junior"),
    LOCUM("Remplaçant"),
    INSTALLING("En cours d'installation"),
    RECENTLY_INSTALLED("Installé depuis peu"),
    ESTABLISHED("Installé");

    private final String label;

    CareerStage(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
