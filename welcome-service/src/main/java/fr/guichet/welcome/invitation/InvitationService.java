package fr.guichet.welcome.invitation;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import fr.guichet.common.problem.ProblemException;
import fr.guichet.common.time.GuichetClock;
import fr.guichet.welcome.event.EventService;
import fr.guichet.welcome.event.WelcomeEvent;
import fr.guichet.welcome.invitation.InvitationInputs.InvitationResult;
import fr.guichet.welcome.mail.MailQueue;
import fr.guichet.welcome.mail.OutgoingMail;
import fr.guichet.welcome.policy.EventPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/**
 * Invitations an organiser sends to a list of addresses for a published event: each address once per event (recorded,
 * so that "invited" can be counted against "registered" and "present"), each mail through the outbox.
 */
@ApplicationScoped
public class InvitationService {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'à' H'h'mm", Locale.FRENCH)
            .withZone(GuichetClock.ZONE);

    @Inject
    EventService events;

    @Inject
    EventPolicy policy;

    @Inject
    MailQueue outbox;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @ConfigProperty(name = "guichet.public-url")
    String publicUrl;

    @Transactional
    public InvitationResult invite(UUID eventId, List<String> emails) {
        WelcomeEvent event = policy.requireEditable(events.lock(eventId));
        Instant now = Instant.now(clock);
        if (!event.open() || !now.isBefore(event.startsAt)) {
            throw ProblemException.conflict("Invitations go out for a published event that has not started.");
        }
        Set<String> distinct = new LinkedHashSet<>();
        emails.forEach(e -> distinct.add(e.strip().toLowerCase(Locale.ROOT)));
        int invited = 0;
        for (String email : distinct) {
            int inserted = em.createNativeQuery("insert into invitation (event_id, email, invited_at) values (:event, :email, :now) "
                    + "on conflict (event_id, lower(email)) do nothing")
                    .setParameter("event", event.id).setParameter("email", email).setParameter("now", now).executeUpdate();
            if (inserted == 1) {
                outbox.queue(mail(event, email), now);
                invited++;
            }
        }
        return new InvitationResult(invited, distinct.size() - invited);
    }

    /** The events this address was invited to, with when, for the GDPR export. */
    @SuppressWarnings("unchecked")
    public List<Invited> invitationsOf(String email) {
        List<Object[]> rows = em.createNativeQuery("select event_id, invited_at from invitation where lower(email) = lower(:email) "
                + "order by invited_at, id").setParameter("email", email.strip()).getResultList();
        return rows.stream().map(row -> new Invited((UUID) row[0], instant(row[1]))).toList();
    }

    /** One invitation of an address: to which event, when. */
    public record Invited(UUID eventId, Instant invitedAt) {
    }

    /** Erases this address from the invitations of these events (the person asked); the count of invitations stays. */
    @Transactional(TxType.MANDATORY)
    public void eraseAddress(String email, Collection<UUID> eventIds) {
        if (!eventIds.isEmpty()) {
            em.createNativeQuery("update invitation set email = null where event_id in (:events) and lower(email) = lower(:email)")
                    .setParameter("events", eventIds).setParameter("email", email.strip()).executeUpdate();
        }
    }

    /** Erases the invited addresses of these events (after the retention period); the count of invitations stays. */
    @Transactional(TxType.MANDATORY)
    public void erasePersonalData(Collection<UUID> eventIds) {
        if (!eventIds.isEmpty()) {
            em.createNativeQuery("update invitation set email = null where event_id in (:events) and email is not null")
                    .setParameter("events", eventIds).executeUpdate();
        }
    }

    /** A timestamptz as the JDBC driver hands it to a native query. */
    private static Instant instant(Object value) {
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        return value instanceof Timestamp timestamp ? timestamp.toInstant() : (Instant) value;
    }

    private OutgoingMail mail(WelcomeEvent event, String email) {
        String where = event.address != null ? event.address : "en ligne";
        return new OutgoingMail(email, "Invitation : " + event.title, "Bonjour,\n\n"
                + "Vous êtes invité(e) à la " + event.kind.label() + " « " + event.title + " », le " + WHEN.format(event.startsAt)
                + " (" + where + ").\n\n"
                + "Programme et inscription : " + publicUrl + "/evenements/" + event.id + "\n\n"
                + "À bientôt,\nLe guichet unique d'installation des professionnels de santé\n");
    }
}
