package fr.guichet.desk.exchange;

/** Why something is sent back, as a code the API knows and the words the professional reads. */
public enum CorrectionReason {
    ILLEGIBLE("Illisible"),
    EXPIRED("Périmé"),
    INCOMPLETE("Incomplet"),
    WRONG_DOCUMENT("Mauvais document"),
    OTHER("Autre motif");

    private final String label;

    CorrectionReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The code as the API and the form write it. */
    public String code() {
        return name();
    }

    /** The code a form sent, or null when none (or an unknown one) was chosen. */
    static CorrectionReason fromForm(String value) {
        for (CorrectionReason reason : values()) {
            if (reason.name().equals(value)) {
                return reason;
            }
        }
        return null;
    }
}
