package fr.guichet.welcome.policy;

/** Role names as the realm "guichet" spells them, for security annotations. */
public final class Roles {

    /** Holds events for its organisation (token claim {@code organiser_org}) in its territory ({@code departments}). */
    public static final String ORGANISER = "organiser";
    /** The ARS's correspondant: reads every event and registration list of the departments they cover. */
    public static final String CORRESPONDANT = "correspondant";

    private Roles() {
    }
}
