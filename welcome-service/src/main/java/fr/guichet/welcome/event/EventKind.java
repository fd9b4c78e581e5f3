package fr.guichet.welcome.event;

/** What kind of gathering an event is; the French label is what mails and pages say. */
public enum EventKind {
    WELCOME_DAY("journée d'accueil"),
    WELCOME_EVENING("soirée d'accueil"),
    FORUM("forum"),
    ROUND_TABLE("table ronde"),
    PRACTICE_VISIT("visite de cabinet"),
    ONLINE_SESSION("session en ligne");

    private final String label;

    EventKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
