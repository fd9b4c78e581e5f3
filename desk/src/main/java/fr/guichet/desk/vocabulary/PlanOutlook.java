package fr.guichet.desk.vocabulary;

/** Whether an installation plan still holds the planned start date, in French, with the classes of its DSFR badge. */
public enum PlanOutlook {
    ON_TRACK("Dans les temps", "fr-badge fr-badge--success"),
    AT_RISK("Date de début compromise", "fr-badge fr-badge--warning"),
    NO_PLANNED_START("Pas de date de début prévue", "fr-badge");

    private final String label;
    private final String badge;

    PlanOutlook(String label, String badge) {
        this.label = label;
        this.badge = badge;
    }

    public String label() {
        return label;
    }

    public String badge() {
        return badge;
    }
}
