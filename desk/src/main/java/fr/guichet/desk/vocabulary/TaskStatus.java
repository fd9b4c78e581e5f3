package fr.guichet.desk.vocabulary;

/** Where a task of a case stands, as the API names it, in French, with the classes of its DSFR badge. */
public enum TaskStatus {
    TODO("À faire", "fr-badge"),
    IN_PROGRESS("En cours", "fr-badge fr-badge--info"),
    DONE("Fait", "fr-badge fr-badge--success"),
    NOT_APPLICABLE("Sans objet", "fr-badge"),
    BLOCKED("Bloqué", "fr-badge fr-badge--error");

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
