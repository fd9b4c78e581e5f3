package fr.guichet.welcome.registration;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What registrants answered in the survey after the event, as their organisers read it beside each registrant:
 * answered by the survey (which depends on registrations, not the reverse), so that an organiser sees who wants to
 * settle and may be contacted before turning them into a quick request.
 */
public interface SurveyReplies {

    /** The answers of the registrations given; a registration without an answer is left out. */
    Map<UUID, Reply> of(Collection<UUID> registrations);

    /** The intention to settle (YES, MAYBE or NO) and the consent to be contacted. */
    @Schema(name = "RegistrantSurvey", description = "A registrant's intention to settle and consent to be contacted, "
            + "from the survey: YES or MAYBE with consent lets the registrant become a quick request (POST …/quick-request)")
    record Reply(@Schema(enumeration = {"YES", "MAYBE", "NO"}) String settlingIntention, boolean contactConsent) {
    }
}
