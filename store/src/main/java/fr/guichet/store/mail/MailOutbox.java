package fr.guichet.store.mail;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/**
 * The sending side of a service's {@code mail_outbox} table: which mail is due, and what became of it. Each service
 * writes its rows in the transaction that decides them, with its own rules (cases-service: one digest per address and
 * day); the table has at least the columns read here.
 */
@ApplicationScoped
public class MailOutbox {

    private static final Duration LONGEST_WAIT = Duration.ofHours(1);

    @Inject
    EntityManager em;

    /**
     * The next mail due, locked until the caller's transaction ends; other senders skip it rather than wait, so
     * several replicas drain the outbox side by side and never send the same mail at once.
     */
    @Transactional(TxType.MANDATORY)
    @SuppressWarnings("unchecked")
    public Optional<PendingMail> claimNext(Instant now) {
        List<Object[]> rows = em.createNativeQuery("""
                select id, recipient, subject, body, unsubscribe_url, attempts from mail_outbox
                where sent_at is null and next_attempt_at <= :now
                order by next_attempt_at, id limit 1 for update skip locked""")
                .setParameter("now", now).getResultList();
        return rows.stream().findFirst().map(row -> new PendingMail(((Number) row[0]).longValue(), (String) row[1],
                (String) row[2], (String) row[3], (String) row[4], ((Number) row[5]).intValue()));
    }

    @Transactional(TxType.MANDATORY)
    public void sent(PendingMail mail, Instant now) {
        em.createNativeQuery("update mail_outbox set sent_at = :now, attempts = attempts + 1, last_error = null where id = :id")
                .setParameter("now", now).setParameter("id", mail.id()).executeUpdate();
    }

    @Transactional(TxType.MANDATORY)
    public void failed(PendingMail mail, Instant retryAt, String error) {
        em.createNativeQuery("update mail_outbox set attempts = attempts + 1, next_attempt_at = :retryAt, last_error = :error "
                + "where id = :id")
                .setParameter("retryAt", retryAt).setParameter("error", error).setParameter("id", mail.id())
                .executeUpdate();
    }

    /** How long to wait after this many failed attempts (1 or more): 1 minute, doubling, at most an hour. */
    public static Duration backoff(int failedAttempts) {
        Duration wait = Duration.ofMinutes(1L << Math.min(failedAttempts - 1, 6));
        return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
    }
}
