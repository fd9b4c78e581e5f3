package fr.guichet.cases.workflow;

/**
 * The steps of the guichet unique, as the Aisne desk runs them: the request is received, qualified at a
 * first interview, the project defined (site, mode, partners), every partner's procedures opened at one
 * joint session, then the professional is installed and followed up until the file is closed.
 */
public enum CaseStatus {
    RECEIVED, QUALIFIED, PROJECT_DEFINED, PROCEDURES, INSTALLED, FOLLOW_UP, CLOSED, ABANDONED;

    public boolean isOpen() {
        return this != CLOSED && this != ABANDONED;
    }
}
