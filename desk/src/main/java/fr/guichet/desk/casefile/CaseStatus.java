package fr.guichet.desk.casefile;

/** The steps of a case as the API names them, with the words a correspondant uses and the badge each gets. */
public enum CaseStatus {
    RECEIVED("Reçu", "fr-badge fr-badge--new"),
    QUALIFIED("Qualifié", "fr-badge fr-badge--info"),
    PROJECT_DEFINED("Projet défini", "fr-badge fr-badge--info"),
    PROCEDURES("Démarches en cours", "fr-badge fr-badge--info"),
    INSTALLED("Installé", "fr-badge fr-badge--success"),
    FOLLOW_UP("Suivi après installation", "fr-badge fr-badge--success"),
    CLOSED("Clos", "fr-badge"),
    ABANDONED("Abandonné", "fr-badge fr-badge--warning");

    private final String label;
    private final String badge;

    CaseStatus(String label, String badge) {
        this.label = label;
        this.badge = badge;
    }

    public String label() {
        return label;
    }

    /** The classes of its DSFR badge. */
    public String badge() {
        return badge;
    }
}
