package fr.guichet.desk.events;

import io.quarkus.qute.TemplateData;

/** Whether a registrant, after the event, thinks of settling in the territory. */
@TemplateData
public enum SettlingIntention {
    YES("Oui"),
    MAYBE("Peut-être"),
    NO("Non");

    private final String label;

    SettlingIntention(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
