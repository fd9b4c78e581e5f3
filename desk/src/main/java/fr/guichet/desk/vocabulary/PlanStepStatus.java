package fr.guichet.desk.vocabulary;

/**
 * Where a step of an installation plan stands, as the API names it: in the correspondant's words ({@link #label()}),
 * in the professional's ({@link #professionalLabel()}), with the classes of its DSFR badge.
 */
public enum PlanStepStatus {
    DONE("Fait", "Fait", "fr-badge fr-badge--success"),
    PENDING("À venir", "À venir", "fr-badge fr-badge--info"),
    LATE("En retard", "En retard", "fr-badge fr-badge--error"),
    UNDATED("Non daté", "Sans date connue", "fr-badge");

    private final String label;
    private final String professionalLabel;
    private final String badge;

    PlanStepStatus(String label, String professionalLabel, String badge) {
        this.label = label;
        this.professionalLabel = professionalLabel;
        this.badge = badge;
    }

    public String label() {
        return label;
    }

    public String professionalLabel() {
        return professionalLabel;
    }

    public String badge() {
        return badge;
    }
}
