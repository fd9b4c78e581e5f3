package fr.guichet.desk.offers;

import io.quarkus.qute.TemplateData;

/** Whom an offer addresses, as the welcome API names them. */
@TemplateData
public enum OfferAudience {
    STUDENTS("Étudiants en médecine"),
    INTERNS("Internes"),
    REPLACEMENTS("Médecins remplaçants"),
    DOCTORS("Médecins installés ou qui s'installent");

    private final String label;

    OfferAudience(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
