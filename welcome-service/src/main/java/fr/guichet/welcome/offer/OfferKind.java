package fr.guichet.welcome.offer;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "OfferKind", description = "JOB: a post (salaried in a health centre, associate or successor wanted, replacement); "
        + "INTERNSHIP: places with a supervisor (MSU practice) by semester; HOUSING: a home for students and interns")
public enum OfferKind {
    JOB, INTERNSHIP, HOUSING
}
