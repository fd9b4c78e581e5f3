package fr.guichet.welcome.mail;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/**
 * The mails to send, written in the transaction that decides them (a registration, a promotion, an invitation) and
 * sent after it by the shared {@link fr.guichet.store.mail.MailSender}: a rolled-back registration sends nothing, a committed
 * one is never forgotten.
 */
@ApplicationScoped
public class MailQueue {

    @Inject
    EntityManager em;

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
}
