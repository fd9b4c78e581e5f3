package fr.guichet.welcome.offer;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "OfferAudience", description = "Whom an offer addresses: medical students, interns, replacement doctors, "
        + "doctors (installed or about to)")
public enum OfferAudience {
    STUDENTS, INTERNS, REPLACEMENTS, DOCTORS
}
