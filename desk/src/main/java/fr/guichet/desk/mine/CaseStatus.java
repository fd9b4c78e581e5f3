package fr.guichet.desk.mine;

/**
 * The steps of my file, in order, as the professional reads them; the stepper counts the first seven, an abandoned
 * file stands outside them.
 */
public enum CaseStatus {
    RECEIVED("Demande reçue"),
    QUALIFIED("Demande étudiée"),
    PROJECT_DEFINED("Projet défini"),
    PROCEDURES("Démarches en cours"),
    INSTALLED("Installé"),
    FOLLOW_UP("Suivi après installation"),
    CLOSED("Dossier clos"),
    ABANDONED("Abandonné");

    /** The steps the stepper shows: every status but ABANDONED. */
    static final int STEPS = 7;

    private final String label;

    CaseStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean abandoned() {
        return this == ABANDONED;
    }

    /** 1 to 7, for the stepper. */
    public int step() {
        return ordinal() + 1;
    }

    public int steps() {
        return STEPS;
    }

    /** The label of the step after this one, or null at the last one. */
    public String next() {
        return step() < STEPS ? values()[ordinal() + 1].label() : null;
    }
}
