package fr.guichet.desk.requests;

import io.quarkus.qute.TemplateData;

import java.util.List;

/** Where a quick request stands, as the API names it, with the correspondant's words and the badge each gets. */
@TemplateData
public enum RequestStatus {
    OPEN("À traiter", "fr-badge fr-badge--new"),
    ANSWERED("Répondue", "fr-badge fr-badge--success"),
    ORIENTED("Orientée vers un partenaire", "fr-badge fr-badge--info"),
    CASE_OPENED("Devenue un dossier", "fr-badge fr-badge--info"),
    CLOSED("Close", "fr-badge");

    /** The outcomes a correspondant chooses; CASE_OPENED only comes from opening a case. */
    public static final List<RequestStatus> CHOSEN = List.of(ANSWERED, ORIENTED, CLOSED, OPEN);

    private final String label;
    private final String badge;

    RequestStatus(String label, String badge) {
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
