package fr.guichet.desk.mine;

/** Where a step of my file stands, in French, with its DSFR badge. */
public enum TaskStatus {
    TODO("À faire", ""),
    IN_PROGRESS("En cours", "fr-badge--info"),
    DONE("Fait", "fr-badge--success"),
    NOT_APPLICABLE("Sans objet", ""),
    BLOCKED("Bloqué", "fr-badge--warning");

    private final String label;
    private final String badge;

    TaskStatus(String label, String badge) {
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
