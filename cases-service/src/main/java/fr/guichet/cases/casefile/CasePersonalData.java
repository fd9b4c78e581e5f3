package fr.guichet.cases.casefile;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import fr.guichet.store.idempotency.IdempotencyKeys;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * The case files' part of the GDPR rights: the cases held under an RPPS, which ended cases are due for
 * erasure, and wiping who the professional is from them. What the indicators count (department,
 * profession, channel, dates, status) stays.
 */
@ApplicationScoped
public class CasePersonalData {

    @Inject
    EntityManager em;

    @Inject
    IdempotencyKeys idempotencyKeys;

    public List<CaseFile> heldUnder(String rpps) {
        return CaseFile.list("rpps = ?1 order by createdAt", rpps);
    }

    /** Up to {@code batch} cases ended before the instant and not yet anonymised, of these departments (all if null). */
    public List<UUID> endedBefore(Instant limit, Set<String> departments, int batch) {
        String scope = departments == null ? "" : " and department in (:departments)";
        var query = em.createNativeQuery("select id from case_file where anonymised_at is null and ended_at < :limit"
                + scope + " order by ended_at limit " + batch, UUID.class).setParameter("limit", limit);
        if (departments != null) {
            query.setParameter("departments", departments);
        }
        @SuppressWarnings("unchecked")
        List<UUID> ids = query.getResultList();
        return ids;
    }

    public void erasePersonalData(List<UUID> ids, Instant now) {
        em.createNativeQuery("""
                update case_file set rpps = null, first_name = null, last_name = null, email = null, phone = null,
                    specialty = null, notes = null, abandon_reason = null, owner_subject = null,
                    anonymised_at = :now, version = version + 1
                where id in (:ids)""").setParameter("ids", ids).setParameter("now", now).executeUpdate();
        // the retry window is long gone, and the key row names who created the case
        idempotencyKeys.forget(ids);
    }
}
