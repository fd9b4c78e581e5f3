package fr.guichet.desk.events;

import io.quarkus.qute.TemplateData;

/** What kind of gathering an event is, as the welcome API names it. */
@TemplateData
public enum EventKind {
    WELCOME_DAY("Journée d'accueil"),
    WELCOME_EVENING("Soirée d'accueil"),
    FORUM("Forum"),
    ROUND_TABLE("Table ronde"),
    PRACTICE_VISIT("Visite de cabinet"),
    ONLINE_SESSION("Session en ligne");

    private final String label;

    EventKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
