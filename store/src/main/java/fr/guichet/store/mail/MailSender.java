package fr.guichet.store.mail;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.jboss.logging.Logger;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Drains the mail outbox every {@code guichet.mail.send-every}. A mail is marked sent in the transaction that holds its
 * row, once the SMTP server accepted it: a failure leaves it queued with a later attempt (backoff), so none is lost;
 * only a crash between the server's acceptance and the commit would send one twice. A mail with an unsubscribe
 * address carries it as one-click List-Unsubscribe headers (RFC 8058).
 */
@ApplicationScoped
public class MailSender {

    private static final Logger LOG = Logger.getLogger(MailSender.class);
    private static final int BATCH = 200;

    @Inject
    MailOutbox outbox;

    @Inject
    Mailer mailer;

    @Inject
    Clock clock;

    private enum Outcome {
        SENT, FAILED, NOTHING_DUE
    }

    @Scheduled(every = "{guichet.mail.send-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        drain();
    }

    /**
     * Sends the mails due, until none is left, one fails (the server is likely down: the next pass retries) or a batch
     * is done; answers how many were sent.
     */
    public int drain() {
        int sent = 0;
        while (sent < BATCH && sendNext() == Outcome.SENT) {
            sent++;
        }
        return sent;
    }

    private Outcome sendNext() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Instant now = Instant.now(clock);
            Optional<PendingMail> next = outbox.claimNext(now);
            if (next.isEmpty()) {
                return Outcome.NOTHING_DUE;
            }
            PendingMail mail = next.get();
            try {
                mailer.send(message(mail));
            } catch (RuntimeException e) {
                Instant retryAt = now.plus(MailOutbox.backoff(mail.attempts() + 1));
                LOG.warnf("Mail %d not accepted by the SMTP server (attempt %d), next attempt at %s: %s", mail.id(),
                        mail.attempts() + 1, retryAt, e.getMessage());
                outbox.failed(mail, retryAt, String.valueOf(e.getMessage()));
                return Outcome.FAILED;
            }
            outbox.sent(mail, now);
            return Outcome.SENT;
        });
    }

    private static Mail message(PendingMail mail) {
        Mail message = Mail.withText(mail.recipient(), mail.subject(), mail.body());
        return mail.unsubscribeUrl() == null ? message
                : message.addHeader("List-Unsubscribe", "<" + mail.unsubscribeUrl() + ">")
                        .addHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
    }
}
