package fr.guichet.cases.reminder;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/**
 * The mails to send, written in the transaction that decides them and sent afterwards: at most one per address and
 * day (the unique key), kept until the SMTP server accepted it.
 */
@ApplicationScoped
public class MailOutbox {

    private static final Duration LONGEST_WAIT = Duration.ofHours(1);

    @Inject
    EntityManager em;

    /** A mail waiting to be sent, as claimed by a sender. */
    public record Pending(long id, String recipient, String subject, String body, String unsubscribeUrl, int attempts) {
    }

    /** Queues the mail unless this address already has one for that day; answers whether it was queued. */
    @Transactional(TxType.MANDATORY)
    public boolean queue(LocalDate day, DigestMail mail, Instant now) {
        return em.createNativeQuery("""
                insert into mail_outbox (recipient, day, subject, body, unsubscribe_url, created_at, next_attempt_at)
                values (:recipient, :day, :subject, :body, :unsubscribeUrl, :now, :now)
                on conflict (recipient, day) do nothing""")
                .setParameter("recipient", mail.recipient()).setParameter("day", day).setParameter("subject", mail.subject())
                .setParameter("body", mail.body()).setParameter("unsubscribeUrl", mail.unsubscribeUrl())
                .setParameter("now", now).executeUpdate() == 1;
    }

    /**
     * The next mail due, locked until the caller's transaction ends; other senders skip it rather than wait, so
     * several replicas drain the outbox side by side and never send the same mail at once.
     */
    @Transactional(TxType.MANDATORY)
    @SuppressWarnings("unchecked")
    public Optional<Pending> claimNext(Instant now) {
        List<Object[]> rows = em.createNativeQuery("""
                select id, recipient, subject, body, unsubscribe_url, attempts from mail_outbox
                where sent_at is null and next_attempt_at <= :now
                order by next_attempt_at, id limit 1 for update skip locked""")
                .setParameter("now", now).getResultList();
        return rows.stream().findFirst().map(row -> new Pending(((Number) row[0]).longValue(), (String) row[1], (String) row[2],
                (String) row[3], (String) row[4], ((Number) row[5]).intValue()));
    }

    @Transactional(TxType.MANDATORY)
    public void sent(Pending mail, Instant now) {
        em.createNativeQuery("update mail_outbox set sent_at = :now, attempts = attempts + 1, last_error = null where id = :id")
                .setParameter("now", now).setParameter("id", mail.id()).executeUpdate();
    }

    @Transactional(TxType.MANDATORY)
    public void failed(Pending mail, Instant retryAt, String error) {
        em.createNativeQuery("update mail_outbox set attempts = attempts + 1, next_attempt_at = :retryAt, last_error = :error "
                + "where id = :id")
                .setParameter("retryAt", retryAt).setParameter("error", error).setParameter("id", mail.id())
                .executeUpdate();
    }

    /** How long to wait after this many failed attempts (1 or more): 1 minute, doubling, at most an hour. */
    static Duration backoff(int failedAttempts) {
        Duration wait = Duration.ofMinutes(1L << Math.min(failedAttempts - 1, 6));
        return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
    }
}
