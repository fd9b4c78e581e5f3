package fr.guichet.welcome.registration;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import fr.guichet.welcome.event.Occupancy;
import fr.guichet.welcome.mail.LinkTokens;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

/** The registrations' queries; also the events' {@link Occupancy}. */
@ApplicationScoped
public class RegistrationRepository implements PanacheRepositoryBase<Registration, UUID>, Occupancy {

    @Override
    public Map<UUID, Integer> confirmed(Collection<UUID> events) {
        Map<UUID, Integer> counts = new HashMap<>();
        if (events.isEmpty()) {
            return counts;
        }
        getEntityManager().createQuery("select r.eventId, count(r) from Registration r where r.eventId in :events "
                        + "and r.status = :status group by r.eventId", Object[].class)
                .setParameter("events", events).setParameter("status", RegistrationStatus.CONFIRMED)
                .getResultList().forEach(row -> counts.put((UUID) row[0], ((Number) row[1]).intValue()));
        return counts;
    }

    long count(UUID event, RegistrationStatus status) {
        return count("eventId = ?1 and status = ?2", event, status);
    }

    boolean liveWithEmail(UUID event, String email) {
        return count("eventId = ?1 and lower(email) = lower(?2) and status <> ?3", event, email, RegistrationStatus.CANCELLED) > 0;
    }

    Optional<Registration> byToken(String token) {
        return find("tokenHash", LinkTokens.hash(token)).firstResultOptional();
    }

    Optional<Registration> locked(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    Optional<Registration> firstWaiting(UUID event) {
        return find("eventId = ?1 and status = ?2 order by waitingRank", event, RegistrationStatus.WAITING).firstResultOptional();
    }

    /** A waiting registration's place on the list, from 1. */
    int waitingPosition(Registration registration) {
        return (int) count("eventId = ?1 and status = ?2 and waitingRank <= ?3", registration.eventId,
                RegistrationStatus.WAITING, registration.waitingRank);
    }

    long nextWaitingRank() {
        return ((Number) getEntityManager().createNativeQuery("select nextval('registration_waiting_rank')").getSingleResult())
                .longValue();
    }

    List<Registration> ofEvent(UUID event, RegistrationStatus status, int offset, int count) {
        String query = "eventId = :event" + (status == null ? "" : " and status = :status");
        Parameters parameters = Parameters.with("event", event);
        if (status != null) {
            parameters.and("status", status);
        }
        return find(query + " order by registeredAt, id", parameters).range(offset, offset + count - 1).list();
    }

    List<Registration> live(UUID event) {
        return list("eventId = ?1 and status <> ?2", event, RegistrationStatus.CANCELLED);
    }
}
