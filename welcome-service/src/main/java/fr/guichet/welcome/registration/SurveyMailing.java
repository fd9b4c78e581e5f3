package fr.guichet.welcome.registration;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.jboss.logging.Logger;

import fr.guichet.welcome.event.EventService;
import fr.guichet.welcome.event.WelcomeEvent;
import fr.guichet.welcome.mail.LinkTokens;
import fr.guichet.welcome.mail.MailQueue;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Once an event has ended, mails its registrants the survey link: those ticked present when attendance was taken, else
 * every confirmed registrant. The link's token is new (only hashes are kept, so the old one cannot be mailed again);
 * each event is mailed once, marked in the same transaction as its mails are queued.
 */
@ApplicationScoped
public class SurveyMailing {

    private static final Logger LOG = Logger.getLogger(SurveyMailing.class);
    private static final int BATCH = 20;
    /** Events that ended longer ago are not mailed: their registrants have moved on. */
    private static final Duration LOOK_BACK = Duration.ofDays(14);

    @Inject
    EventService events;

    @Inject
    RegistrationRepository registrations;

    @Inject
    MailQueue outbox;

    @Inject
    RegistrationMails mails;

    @Inject
    Clock clock;

    @Scheduled(every = "{guichet.survey.mail-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        int mailed;
        do {
            mailed = mailEndedEvents();
        } while (mailed == BATCH);
    }

    /** Queues the survey mails of one batch of ended events; answers how many events. */
    @Transactional
    public int mailEndedEvents() {
        Instant now = Instant.now(clock);
        List<WelcomeEvent> ended = events.awaitingSurvey(now, LOOK_BACK, BATCH);
        for (WelcomeEvent event : ended) {
            List<Registration> confirmed = registrations.list("eventId = ?1 and status = ?2 and anonymisedAt is null",
                    event.id, RegistrationStatus.CONFIRMED);
            boolean attendanceTaken = confirmed.stream().anyMatch(r -> r.present);
            confirmed.stream().filter(r -> r.present || !attendanceTaken).forEach(r -> {
                String token = LinkTokens.newToken();
                r.tokenHash = LinkTokens.hash(token);
                outbox.queue(mails.survey(event, r, token), now);
            });
            LOG.debugf("Survey mailed for event %s", event.id);
        }
        events.markSurveyMailed(ended.stream().map(e -> e.id).toList(), now);
        return ended.size();
    }
}
