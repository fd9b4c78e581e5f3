package fr.guichet.cases.reminder;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;

/**
 * The daily digests, once a day across all replicas, at the configured French time (07:00 by default). It runs on a
 * short tick rather than a cron so that it catches up: a service that was down at 07:00 sends the day's digests when
 * it comes back, the same day. Days that passed entirely while it was down are recorded as skipped, not sent late:
 * their digest would only repeat today's, and nobody gets more than one a day.
 */
@ApplicationScoped
public class DigestJob {

    static final String JOB = "daily-digest";
    private static final Logger LOG = Logger.getLogger(DigestJob.class);
    /** How far back missed days are recorded. */
    private static final int CATCH_UP_DAYS = 31;

    @Inject
    JobRuns runs;

    @Inject
    DigestComposer composer;

    @Inject
    DigestOutbox outbox;

    @Inject
    Clock clock;

    @ConfigProperty(name = "guichet.reminders.send-at", defaultValue = "07:00")
    LocalTime sendAt;

    @Scheduled(every = "{guichet.reminders.tick}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        runDue();
    }

    /** Does what is due now: records the days missed, then writes today's digests if it is time; answers how many were queued. */
    @ActivateRequestContext
    public int runDue() {
        ZonedDateTime now = ZonedDateTime.now(clock);
        LocalDate today = now.toLocalDate();
        LocalDate from = runs.lastBefore(JOB, today).map(last -> last.plusDays(1)).orElse(today);
        for (LocalDate day = later(from, today.minusDays(CATCH_UP_DAYS)); day.isBefore(today); day = day.plusDays(1)) {
            LocalDate missed = day;
            QuarkusTransaction.requiringNew().run(() -> runs.claim(JOB, missed, JobRuns.Outcome.SKIPPED, now.toInstant()));
        }
        if (now.toLocalTime().isBefore(sendAt) || runs.handled(JOB, today)) {
            return 0;
        }
        return QuarkusTransaction.requiringNew().call(() -> writeDigests(today, now.toInstant()));
    }

    private int writeDigests(LocalDate day, Instant now) {
        if (!runs.claim(JOB, day, JobRuns.Outcome.DONE, now)) {
            return 0;
        }
        long start = System.nanoTime();
        List<DigestMail> mails = composer.compose(day);
        int queued = (int) mails.stream().filter(mail -> outbox.queue(day, mail, now)).count();
        // the duration of the work itself, not a business time: read by bench/deadlines.sh
        LOG.infof("Daily digests of %s: %d queued in %d ms", day, queued, (System.nanoTime() - start) / 1_000_000);
        return queued;
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
