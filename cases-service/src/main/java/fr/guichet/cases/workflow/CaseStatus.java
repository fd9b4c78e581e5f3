package fr.guichet.cases.workflow;

/**
 * The steps of the guichet unique, as the Aisne desk runs them: the request is received, qualified at a
 * first interview, the project defined (site, mode, partners), every partner's procedures opened at one
 * joint session, then the professional is installed and followed up until the file is closed.
 */
public enum CaseStatus {
    RECEIVED("reçu"), QUALIFIED("qualifié"), PROJECT_DEFINED("projet défini"), PROCEDURES("démarches en cours"),
    INSTALLED("installé"), FOLLOW_UP("suivi après installation"), CLOSED("clos"), ABANDONED("abandonné");

    private final String french;

    CaseStatus(String french) {
        this.french = french;
    }

    /** The step's name in the French sentences the API answers to people (a refused step). */
    public String french() {
        return french;
    }

    public boolean isOpen() {
        return this != CLOSED && this != ABANDONED;
    }
}
