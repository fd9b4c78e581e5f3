package fr.guichet.desk.offers;

import io.quarkus.qute.TemplateData;

/** The kind of post a job offer is. */
@TemplateData
public enum JobPosition {
    SALARIED("Poste salarié (centre de santé, hôpital)"),
    ASSOCIATE("Association dans un cabinet"),
    SUCCESSOR("Succession d'un cabinet"),
    REPLACEMENT("Remplacement");

    private final String label;

    JobPosition(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
