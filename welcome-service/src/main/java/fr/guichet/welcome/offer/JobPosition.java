package fr.guichet.welcome.offer;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "JobPosition", description = "SALARIED: a salaried post (health centre, hospital); ASSOCIATE: an associate "
        + "wanted in a practice; SUCCESSOR: a successor wanted for a practice; REPLACEMENT: a replacement")
public enum JobPosition {
    SALARIED, ASSOCIATE, SUCCESSOR, REPLACEMENT
}
