package fr.guichet.welcome.event;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import fr.guichet.welcome.policy.EventPolicy.ManagedScope;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

/** The events' queries: the public list, an organiser's or a correspondant's list, and the row lock of registrations. */
@ApplicationScoped
public class EventRepository implements PanacheRepositoryBase<WelcomeEvent, UUID> {

    /** Published events by start, then id: a stable order for offset pages. */
    List<WelcomeEvent> published(EventFilter filter, int offset, int count) {
        StringBuilder query = new StringBuilder("status = :status and endsAt > :endingAfter");
        Parameters parameters = Parameters.with("status", EventStatus.PUBLISHED).and("endingAfter", filter.endingAfter());
        if (filter.department() != null) {
            query.append(" and department = :department");
            parameters.and("department", filter.department());
        }
        if (filter.kind() != null) {
            query.append(" and kind = :kind");
            parameters.and("kind", filter.kind());
        }
        return find(query + " order by startsAt, id", parameters).range(offset, offset + count - 1).list();
    }

    List<WelcomeEvent> managed(ManagedScope scope, EventStatus status, int offset, int count) {
        String who = scope.organisation() != null ? "organisation = :who" : "department in :who";
        Parameters parameters = Parameters.with("who", scope.organisation() != null ? scope.organisation() : scope.departments());
        String query = who;
        if (status != null) {
            query += " and status = :status";
            parameters.and("status", status);
        }
        return find(query + " order by startsAt desc, id", parameters).range(offset, offset + count - 1).list();
    }

    List<WelcomeEvent> managedAmong(ManagedScope scope, Collection<UUID> ids) {
        if (scope.organisation() != null) {
            return list("id in ?1 and organisation = ?2 order by startsAt, id", ids, scope.organisation());
        }
        return scope.departments().isEmpty() ? List.of()
                : list("id in ?1 and department in ?2 order by startsAt, id", ids, scope.departments());
    }

    /** {@code departments}: only theirs, or null for every event. */
    List<UUID> awaitingErasure(Instant cutoff, Set<String> departments, int batch) {
        if (departments != null && departments.isEmpty()) {
            return List.of();
        }
        var query = getEntityManager().createQuery("select e.id from WelcomeEvent e where e.endsAt < :cutoff "
                + "and e.personalDataErasedAt is null" + (departments == null ? "" : " and e.department in :departments")
                + " order by e.endsAt, e.id", UUID.class).setParameter("cutoff", cutoff);
        if (departments != null) {
            query.setParameter("departments", departments);
        }
        return query.setMaxResults(batch).getResultList();
    }

    void markErased(List<UUID> ids, Instant now) {
        if (!ids.isEmpty()) {
            update("personalDataErasedAt = ?1 where id in ?2", now, ids);
        }
    }

    List<WelcomeEvent> awaitingSurvey(Instant endedAfter, Instant endedBefore, int batch) {
        return find("status = ?1 and surveyMailedAt is null and endsAt > ?2 and endsAt <= ?3 order by endsAt, id",
                EventStatus.PUBLISHED, endedAfter, endedBefore).page(0, batch).list();
    }

    void markSurveyMailed(List<UUID> ids, Instant now) {
        if (!ids.isEmpty()) {
            update("surveyMailedAt = ?1 where id in ?2", now, ids);
        }
    }

    /** The event, its row locked until the transaction ends: registrations of one event take their places in turn. */
    public Optional<WelcomeEvent> locked(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }
}
