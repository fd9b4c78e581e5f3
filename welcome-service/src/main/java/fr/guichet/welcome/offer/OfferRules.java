package fr.guichet.welcome.offer;

import java.time.LocalDate;

import fr.guichet.common.problem.ProblemException;
import fr.guichet.welcome.commune.Commune;
import fr.guichet.welcome.offer.OfferInputs.OfferInput;

/** The rules an offer's description keeps beyond each field's own: dates in order, the details of its kind only. */
final class OfferRules {

    private OfferRules() {
    }

    static void check(OfferInput input) {
        if (input.expiresOn().isBefore(input.publishedFrom())) {
            throw ProblemException.invalid("expiresOn", "must be on or after publishedFrom");
        }
        requireDetails("job", input.job() != null, input.kind() == OfferKind.JOB, input.kind());
        requireDetails("internship", input.internship() != null, input.kind() == OfferKind.INTERNSHIP, input.kind());
        requireDetails("housing", input.housing() != null, input.kind() == OfferKind.HOUSING, input.kind());
    }

    /** A new offer, or one changed, must still be public some day. */
    static void checkNotExpired(OfferInput input, LocalDate today) {
        if (input.expiresOn().isBefore(today)) {
            throw ProblemException.invalid("expiresOn", "must be today or later");
        }
    }

    /** The commune, as aids-service knows it, lies in the offer's department. */
    static void checkCommune(OfferInput input, Commune commune) {
        if (!commune.department().code().equals(input.department())) {
            throw ProblemException.invalid("communeInsee", "must be a commune of department " + input.department());
        }
    }

    private static void requireDetails(String field, boolean given, boolean expected, OfferKind kind) {
        if (expected && !given) {
            throw ProblemException.invalid(field, "is required for a " + kind + " offer");
        }
        if (!expected && given) {
            throw ProblemException.invalid(field, "must be left out of a " + kind + " offer");
        }
    }
}
