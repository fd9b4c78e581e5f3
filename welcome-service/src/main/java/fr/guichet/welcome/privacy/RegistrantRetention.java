package fr.guichet.welcome.privacy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import fr.guichet.welcome.event.EventService;
import fr.guichet.welcome.invitation.InvitationService;
import fr.guichet.welcome.mail.MailOutbox;
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
    private static final int BATCH = 1000;

    @Inject
    EventService events;

    @Inject
    RegistrationPersonalData registrations;

    @Inject
    SurveyService survey;

    @Inject
    InvitationService invitations;

    @Inject
    MailOutbox outbox;

    @Inject
    Clock clock;

    @ConfigProperty(name = "guichet.privacy.retention", defaultValue = "P1095D")
    Duration retention;

    @Scheduled(cron = "{guichet.privacy.anonymisation-cron}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void nightly() {
        int total = 0;
        int count;
        do {
            count = anonymiseExpired();
            total += count;
        } while (count == BATCH);
        if (total > 0) {
            LOG.infof("Anonymised %d registration(s) of events ended more than %s ago", total, retention);
        }
    }

    /** Anonymises one batch of registrations whose event ended before the retention period; answers how many. */
    @Transactional
    public int anonymiseExpired() {
        Instant now = Instant.now(clock);
        Instant cutoff = now.minus(retention);
        List<UUID> ended = events.endedBefore(cutoff);
        List<UUID> ids = registrations.notAnonymised(ended, BATCH);
        registrations.erase(ids, now);
        survey.eraseFreeText(ids);
        invitations.erasePersonalData(ended);
        outbox.forgetBefore(cutoff);
        return ids.size();
    }
}
