package fr.guichet.desk.vocabulary;

import io.quarkus.qute.TemplateData;

/** Where the person asking is in their career. */
@TemplateData
public enum CareerStage {
    STUDENT("Étudiant ou étudiante"),
    INTERN("Interne"),
    JUNIOR_DOCTOR("Docteur junior"),
    LOCUM("Remplaçant ou remplaçante"),
    INSTALLING("En cours d'installation"),
    RECENTLY_INSTALLED("Installé depuis moins d'un an"),
    ESTABLISHED("Installé depuis plus d'un an");

    private final String label;

    CareerStage(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
