package fr.guichet.cases.reminder;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/**
 * The digests to send, written in the transaction that decides them and sent afterwards by the shared
 * {@link fr.guichet.store.mail.MailSender}: at most one per address and day (the unique key), kept until the SMTP server
 * accepted it.
 */
@ApplicationScoped
public class DigestOutbox {

    @Inject
    EntityManager em;

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
}
