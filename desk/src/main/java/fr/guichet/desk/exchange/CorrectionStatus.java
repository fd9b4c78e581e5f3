package fr.guichet.desk.exchange;

/** Where a correction request stands, in the words of the page, with the DSFR badge that shows it. */
public enum CorrectionStatus {
    OPEN("À renvoyer", "fr-badge--warning"),
    ANSWERED("Réponse envoyée", "fr-badge--info"),
    ACCEPTED("Acceptée", "fr-badge--success"),
    CANCELLED("Annulée", "");

    private final String label;
    private final String badge;

    CorrectionStatus(String label, String badge) {
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
