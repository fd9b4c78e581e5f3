package fr.guichet.desk.vocabulary;

/**
 * The steps of a case as the API names them, in order. A correspondant reads them in the words of the trade
 * ({@link #label()}); the professional reads the same step about their own file in plainer words
 * ({@link #professionalLabel()}), on a stepper that counts the first seven: an abandoned file stands outside them.
 */
public enum CaseStatus {
    RECEIVED("Reçu", "Demande reçue", "fr-badge fr-badge--new"),
    QUALIFIED("Qualifié", "Demande étudiée", "fr-badge fr-badge--info"),
    PROJECT_DEFINED("Projet défini", "Projet défini", "fr-badge fr-badge--info"),
    PROCEDURES("Démarches en cours", "Démarches en cours", "fr-badge fr-badge--info"),
    INSTALLED("Installé", "Installé", "fr-badge fr-badge--success"),
    FOLLOW_UP("Suivi après installation", "Suivi après installation", "fr-badge fr-badge--success"),
    CLOSED("Clos", "Dossier clos", "fr-badge"),
    ABANDONED("Abandonné", "Abandonné", "fr-badge fr-badge--warning");

    /** The steps the stepper shows: every status but ABANDONED. */
    private static final int STEPS = 7;

    private final String label;
    private final String professionalLabel;
    private final String badge;

    CaseStatus(String label, String professionalLabel, String badge) {
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

    /** The classes of its DSFR badge. */
    public String badge() {
        return badge;
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

    /** The professional's words for the step after this one, or null at the last one. */
    public String next() {
        return step() < STEPS ? values()[ordinal() + 1].professionalLabel() : null;
    }
}
