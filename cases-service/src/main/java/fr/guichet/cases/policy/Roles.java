package fr.guichet.cases.policy;

/** Role names as the realm "guichet" spells them, for security annotations. */
public final class Roles {

    public static final String CORRESPONDANT = "correspondant";
    public static final String DOCTOR = "doctor";
    public static final String PARTNER = "partner";
    /** Holds welcome-service's events; here it only refers the people it met to the correspondants. */
    public static final String ORGANISER = "organiser";
    /** Edits the partner organisations at the guichet's table. */
    public static final String GUICHET_ADMIN = "guichet-admin";

    private Roles() {
    }
}
