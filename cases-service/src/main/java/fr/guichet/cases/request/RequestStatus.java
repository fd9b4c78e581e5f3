package fr.guichet.cases.request;

/**
 * Where a quick request stands: OPEN until someone deals with it, then its outcome: ANSWERED, ORIENTED to a partner
 * organisation, CASE_OPENED (it became a case), or CLOSED without an answer (a duplicate, someone unreachable).
 */
public enum RequestStatus {
    OPEN, ANSWERED, ORIENTED, CASE_OPENED, CLOSED;

    public boolean isOpen() {
        return this == OPEN;
    }
}
