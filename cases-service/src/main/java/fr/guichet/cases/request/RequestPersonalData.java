package fr.guichet.cases.request;

import java.time.Instant;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * The requests' part of the retention rule: who asked, how to reach them and what they said are erased once the
 * request was settled longer ago than the retention period (or, never settled, received that long ago). What the
 * indicators count (channel, subject, department, profession, career stage, status, dates) stays.
 */
@ApplicationScoped
public class RequestPersonalData {

    @Inject
    EntityManager em;

    /** Anonymises up to {@code batch} requests settled before the limit, of these departments (all if null); answers how many. */
    public int erase(Instant limit, Set<String> departments, Instant now, int batch) {
        String scope = departments == null ? "" : " and department in (:departments)";
        var update = em.createNativeQuery("""
                update quick_request set first_name = null, last_name = null, email = null, phone = null, question = null,
                    answer = null, anonymised_at = :now, version = version + 1
                where id in (select id from quick_request
                             where anonymised_at is null and coalesce(answered_at, received_at) < :limit""" + scope + """
                              order by coalesce(answered_at, received_at) limit :batch)""")
                .setParameter("now", now).setParameter("limit", limit).setParameter("batch", batch);
        if (departments != null) {
            if (departments.isEmpty()) {
                return 0;
            }
            update.setParameter("departments", departments);
        }
        return update.executeUpdate();
    }
}
