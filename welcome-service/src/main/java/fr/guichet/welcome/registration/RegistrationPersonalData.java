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

    /** The registrations of these events not yet anonymised, at most {@code batch} of them. */
    @Transactional(TxType.MANDATORY)
    public List<UUID> notAnonymised(Collection<UUID> events, int batch) {
        if (events.isEmpty()) {
            return List.of();
        }
        return registrations.getEntityManager().createQuery("select r.id from Registration r where r.eventId in :events "
                + "and r.anonymisedAt is null order by r.id", UUID.class)
                .setParameter("events", events).setMaxResults(batch).getResultList();
    }

    @Transactional(TxType.MANDATORY)
    public void erase(Collection<UUID> ids, Instant now) {
        if (!ids.isEmpty()) {
            registrations.update("firstName = null, lastName = null, email = null, faculty = null, tokenHash = null, "
                    + "anonymisedAt = ?1 where id in ?2", now, ids);
        }
    }
}
