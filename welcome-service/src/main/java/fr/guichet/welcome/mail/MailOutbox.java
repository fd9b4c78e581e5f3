package fr.guichet.welcome.mail;

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
 * The mails to send, written in the transaction that decides them (a registration, a promotion, an invitation) and
 * sent after it by {@link MailSender}: a rolled-back registration sends nothing, a committed one is never forgotten.
 */
@ApplicationScoped
public class MailOutbox {

    private static final Duration LONGEST_WAIT = Duration.ofHours(1);

    @Inject
    EntityManager em;

    /** A mail waiting to be sent, as claimed by a sender. */
    record Pending(long id, String recipient, String subject, String body, int attempts) {
    }

    @Transactional(TxType.MANDATORY)
    public void queue(OutgoingMail mail, Instant now) {
        em.createNativeQuery("""
                insert into mail_outbox (recipient, subject, body, created_at, next_attempt_at)
                values (:recipient, :subject, :body, :now, :now)""")
                .setParameter("recipient", mail.recipient()).setParameter("subject", mail.subject())
                .setParameter("body", mail.body()).setParameter("now", now).executeUpdate();
    }

    /** Forgets the mails written before this instant: they hold addresses, kept no longer than the registrants' data. */
    @Transactional(TxType.MANDATORY)
    public int forgetBefore(Instant cutoff) {
        return em.createNativeQuery("delete from mail_outbox where created_at < :cutoff")
                .setParameter("cutoff", cutoff).executeUpdate();
    }

    /**
     * The next mail due, locked until the caller's transaction ends; other senders skip it rather than wait, so several
     * replicas drain the outbox side by side and never send the same mail at once.
     */
    @Transactional(TxType.MANDATORY)
    @SuppressWarnings("unchecked")
    Optional<Pending> claimNext(Instant now) {
        List<Object[]> rows = em.createNativeQuery("""
                select id, recipient, subject, body, attempts from mail_outbox
                where sent_at is null and next_attempt_at <= :now
                order by next_attempt_at, id limit 1 for update skip locked""")
                .setParameter("now", now).getResultList();
        return rows.stream().findFirst().map(row -> new Pending(((Number) row[0]).longValue(), (String) row[1],
                (String) row[2], (String) row[3], ((Number) row[4]).intValue()));
    }

    @Transactional(TxType.MANDATORY)
    void sent(Pending mail, Instant now) {
        em.createNativeQuery("update mail_outbox set sent_at = :now, attempts = attempts + 1, last_error = null where id = :id")
                .setParameter("now", now).setParameter("id", mail.id()).executeUpdate();
    }

    @Transactional(TxType.MANDATORY)
    void failed(Pending mail, Instant retryAt, String error) {
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
