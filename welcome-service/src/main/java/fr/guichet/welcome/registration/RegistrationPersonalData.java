package fr.guichet.welcome.registration;

import java.time.Instant;
import java.util.Collection;
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
