package fr.guichet.welcome.privacy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jboss.logging.Logger;

import fr.guichet.welcome.event.EventService;
import fr.guichet.welcome.invitation.InvitationService;
import fr.guichet.welcome.mail.MailQueue;
import fr.guichet.welcome.registration.RegistrationPersonalData;
import fr.guichet.welcome.survey.SurveyService;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Keeps the registrants' personal data no longer than the retention period (GUICHET_RETENTION, as cases-service) after
 * their event ended: names, e-mail, faculty, link token, what they wrote in the survey, the invited addresses and the
 * mails sent are erased every night; what the indicators count (statuses, years, presence, scores, intentions) stays.
 */
@ApplicationScoped
public class RegistrantRetention {

    private static final Logger LOG = Logger.getLogger(RegistrantRetention.class);
    /** Events per transaction: a few thousand registrations at most. */
    private static final int BATCH = 20;

    @Inject
    EventService events;

    @Inject
    RegistrationPersonalData registrations;

    @Inject
    SurveyService survey;

    @Inject
    InvitationService invitations;

    @Inject
    MailQueue outbox;

    @Inject
    Clock clock;

    @ConfigProperty(name = "guichet.privacy.retention", defaultValue = "P1095D")
    Duration retention;

    @Scheduled(cron = "{guichet.privacy.anonymisation-cron}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void nightly() {
        Erased total = runNow(null);
        if (total.events() > 0) {
            LOG.infof("Anonymised %d registration(s) of %d event(s) ended more than %s ago", total.registrations(),
                    total.events(), retention);
        }
    }

    /** How many events had their registrants' data erased, and how many registrations that was. */
    @Schema(name = "RegistrantAnonymisationRun", description = "How many events had their registrants anonymised, and how many "
            + "registrations that was")
    public record Erased(int events, int registrations) {
    }

    /** Erases, batch after batch, the registrants' data of every event ended before the retention period (of these departments, or all). */
    public Erased runNow(Set<String> departments) {
        Erased total = new Erased(0, 0);
        Erased batch;
        do {
            batch = anonymiseExpired(departments);
            total = new Erased(total.events() + batch.events(), total.registrations() + batch.registrations());
        } while (batch.events() == BATCH);
        return total;
    }

    /** Erases the registrants' data of one batch of events ended before the retention period. */
    public Erased anonymiseExpired() {
        return anonymiseExpired(null);
    }

    @Transactional
    Erased anonymiseExpired(Set<String> departments) {
        Instant now = Instant.now(clock);
        Instant cutoff = now.minus(retention);
        List<UUID> ended = events.awaitingErasure(cutoff, departments, BATCH);
        int anonymised = registrations.erase(ended, now);
        survey.eraseFreeText(ended);
        invitations.erasePersonalData(ended);
        events.markPersonalDataErased(ended, now);
        outbox.forgetBefore(cutoff);
        return new Erased(ended.size(), anonymised);
    }
}
