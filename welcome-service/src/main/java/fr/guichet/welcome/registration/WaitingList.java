package fr.guichet.welcome.registration;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import fr.guichet.welcome.event.EventChange;
import fr.guichet.welcome.event.EventService;
import fr.guichet.welcome.event.WelcomeEvent;
import fr.guichet.welcome.mail.LinkTokens;
import fr.guichet.welcome.mail.MailQueue;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/**
 * Moves the waiting list up when places free (a confirmed registrant cancels, the organiser adds places): the first
 * waiting person is confirmed and told by a mail with a new link. Runs with the event's row locked, like registrations.
 */
@ApplicationScoped
public class WaitingList {

    @Inject
    RegistrationRepository registrations;

    @Inject
    EventService events;

    @Inject
    MailQueue outbox;

    @Inject
    RegistrationMails mails;

    @Inject
    Clock clock;

    /** Confirms waiting people, in order, while the locked event has free places. */
    @Transactional(TxType.MANDATORY)
    void promote(WelcomeEvent lockedEvent, Instant now) {
        long confirmed = registrations.count(lockedEvent.id, RegistrationStatus.CONFIRMED);
        while (confirmed < lockedEvent.capacity) {
            Optional<Registration> next = registrations.firstWaiting(lockedEvent.id);
            if (next.isEmpty()) {
                return;
            }
            Registration promoted = next.get();
            String token = LinkTokens.newToken();
            promoted.status = RegistrationStatus.CONFIRMED;
            promoted.promotedAt = now;
            promoted.tokenHash = LinkTokens.hash(token);
            registrations.flush();
            outbox.queue(mails.promoted(lockedEvent, promoted, token), now);
            confirmed++;
        }
    }

    @Transactional(TxType.MANDATORY)
    void onEventChange(@Observes EventChange change) {
        WelcomeEvent event = events.lock(change.eventId());
        Instant now = Instant.now(clock);
        switch (change.kind()) {
            case PLACES_ADDED -> promote(event, now);
            case CANCELLED -> registrations.live(event.id).forEach(r -> outbox.queue(mails.eventCancelled(event, r), now));
        }
    }
}
