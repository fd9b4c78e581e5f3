package fr.guichet.welcome.survey;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import java.util.UUID;

import fr.guichet.common.problem.ProblemException;
import fr.guichet.welcome.event.EventService;
import fr.guichet.welcome.event.WelcomeEvent;
import fr.guichet.welcome.registration.RegistrationService.Registrant;
import fr.guichet.welcome.registration.RegistrationService;
import fr.guichet.welcome.registration.RegistrationStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/** The survey after an event: answered once, by a confirmed registrant, through their link, once the event has ended. */
@ApplicationScoped
public class SurveyService {

    @Inject
    RegistrationService registrations;

    @Inject
    EventService events;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Transactional
    public void answer(SurveyInput input) {
        Registrant registrant = registrations.registrant(input.token());
        if (registrant.status() != RegistrationStatus.CONFIRMED) {
            throw ProblemException.conflict("Only people who held a place answer the survey; this registration is "
                    + registrant.status() + ".");
        }
        WelcomeEvent event = events.find(registrant.eventId());
        Instant now = Instant.now(clock);
        if (now.isBefore(event.endsAt)) {
            throw ProblemException.conflict("The survey opens when the event has ended.");
        }
        // the primary key keeps one answer per registration, even for two answers sent at once
        int inserted = em.createNativeQuery("""
                insert into survey_answer (registration_id, event_id, score, helped, settling_intention, contact_consent, answered_at)
                values (:registration, :event, :score, :helped, :intention, :consent, :now)
                on conflict (registration_id) do nothing""")
                .setParameter("registration", registrant.id()).setParameter("event", event.id).setParameter("score", input.score())
                .setParameter("helped", input.helped() == null || input.helped().isBlank() ? null : input.helped().strip())
                .setParameter("intention", input.settlingIntention().name()).setParameter("consent", input.contactConsent())
                .setParameter("now", now).executeUpdate();
        if (inserted == 0) {
            throw ProblemException.conflict("This registration already answered the survey.");
        }
    }

    /** Erases what the registrants wrote in their own words; the scores and intentions stay for the indicators. */
    @Transactional(TxType.MANDATORY)
    public void eraseFreeText(Collection<UUID> events) {
        if (!events.isEmpty()) {
            SurveyAnswer.update("helped = null where eventId in ?1", events);
        }
    }

    /** Erases what these registrations' registrants wrote in their own words (the person asked for erasure). */
    @Transactional(TxType.MANDATORY)
    public void eraseFreeTextOf(Collection<UUID> registrations) {
        if (!registrations.isEmpty()) {
            SurveyAnswer.update("helped = null where registrationId in ?1", registrations);
        }
    }

    /** The answer of a registration, if any. */
    public Optional<SurveyAnswer> of(UUID registrationId) {
        return SurveyAnswer.findByIdOptional(registrationId);
    }
}
