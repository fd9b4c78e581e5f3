package fr.guichet.cases.privacy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Erases personal data from cases closed or abandoned longer ago than the retention period. What the
 * indicators count (department, profession, channel, dates, status) stays, so the figures do not move.
 */
@ApplicationScoped
public class Anonymiser {

    private static final Logger LOG = Logger.getLogger(Anonymiser.class);
    private static final int BATCH = 500;

    @Inject
    EntityManager em;

    @ConfigProperty(name = "guichet.privacy.retention", defaultValue = "P1095D")
    Duration retention;

    @Scheduled(cron = "{guichet.privacy.anonymisation-cron}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void nightly() {
        int count = anonymiseExpired(null);
        if (count > 0) {
            LOG.infof("Anonymised %d case(s) ended more than %s ago", count, retention);
        }
    }

    /** Anonymises the expired cases, of the given departments only when some are given; answers how many. */
    @Transactional
    public int anonymiseExpired(Set<String> departments) {
        Instant limit = Instant.now().minus(retention);
        String scope = departments == null ? "" : " and department in (:departments)";
        var query = em.createNativeQuery("select id from case_file where anonymised_at is null and ended_at < :limit"
                + scope + " order by ended_at limit " + BATCH, UUID.class).setParameter("limit", limit);
        if (departments != null) {
            query.setParameter("departments", departments);
        }
        @SuppressWarnings("unchecked")
        List<UUID> ids = query.getResultList();
        if (ids.isEmpty()) {
            return 0;
        }
        em.createNativeQuery("set local guichet.rewriting_history = 'anonymisation'").executeUpdate();
        update("""
                update case_file set rpps = null, first_name = null, last_name = null, email = null, phone = null,
                    specialty = null, notes = null, abandon_reason = null, owner_subject = null,
                    anonymised_at = now(), version = version + 1
                where id in (:ids)""", ids);
        update("update case_event set before = null, after = null where case_id in (:ids) and kind in ('FIELD_CHANGED', 'CREATED')", ids);
        update("update case_event set reason = null where case_id in (:ids)", ids);
        update("update case_message set body = null where case_id in (:ids)", ids);
        update("update case_document set content = null, filename = null where case_id in (:ids)", ids);
        // a doctor acts under their login name, which identifies them as surely as the name fields
        update("update case_event set actor = 'doctor:anonymised' where case_id in (:ids) and actor like 'doctor:%'", ids);
        update("update case_message set author = 'anonymised' where case_id in (:ids) and author_role = 'DOCTOR'", ids);
        update("update case_document set uploaded_by = 'doctor:anonymised' where case_id in (:ids) and uploaded_by like 'doctor:%'", ids);
        // the retry window is long gone, and the key row names who created the case
        update("delete from idempotency_key where case_id in (:ids)", ids);
        return ids.size();
    }

    private void update(String sql, List<UUID> ids) {
        em.createNativeQuery(sql).setParameter("ids", ids).executeUpdate();
    }
}
