package fr.guichet.welcome.registration;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/**
 * Erases the registrants' personal data (names, e-mail, faculty, link token) of events that ended longer ago than the
 * retention period; what indicators count (status, registrant's status, year, presence) stays.
 */
@ApplicationScoped
public class RegistrationPersonalData {

    @Inject
    RegistrationRepository registrations;

    /** Every registration held under this e-mail address, whatever the event, in order of registration. */
    public List<Registration> heldFor(String email) {
        return registrations.list("lower(email) = lower(?1) order by registeredAt, id", email.strip());
    }

    /** Erases the personal data of these registrations now (the person asked); answers how many it anonymised. */
    @Transactional(TxType.MANDATORY)
    public int eraseRegistrations(Collection<UUID> ids, Instant now) {
        if (ids.isEmpty()) {
            return 0;
        }
        return registrations.update("firstName = null, lastName = null, email = null, faculty = null, tokenHash = null, "
                + "anonymisedAt = ?1 where id in ?2 and anonymisedAt is null", now, ids);
    }

    /** Erases the personal data of these events' registrants; answers how many registrations it anonymised. */
    @Transactional(TxType.MANDATORY)
    public int erase(Collection<UUID> events, Instant now) {
        if (events.isEmpty()) {
            return 0;
        }
        return registrations.update("firstName = null, lastName = null, email = null, faculty = null, tokenHash = null, "
                + "anonymisedAt = ?1 where eventId in ?2 and anonymisedAt is null", now, events);
    }
}
