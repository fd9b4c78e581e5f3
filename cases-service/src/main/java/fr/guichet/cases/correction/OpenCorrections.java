package fr.guichet.cases.correction;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import fr.guichet.cases.task.WaitsOnProfessional;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * What is still expected from professionals: the correction requests open on their cases, oldest first. For callers
 * that have decided themselves who may read them (the tasks' view, the reminders' digest to the professional).
 */
@ApplicationScoped
public class OpenCorrections implements WaitsOnProfessional {

    /** One thing the professional still has to send or say, and why. */
    public record Expected(UUID caseId, UUID correctionId, UUID taskId, UUID documentId, String information,
            CorrectionReason reasonCode, String reason, Instant askedAt) {
        static Expected of(CorrectionRequest r) {
            return new Expected(r.caseId, r.id, r.taskId, r.documentId, r.information, r.reasonCode, r.reason, r.askedAt);
        }
    }

    public List<Expected> forCase(UUID caseId) {
        return forCases(List.of(caseId));
    }

    public List<Expected> forCases(Collection<UUID> caseIds) {
        if (caseIds.isEmpty()) {
            return List.of();
        }
        return CorrectionRequest.<CorrectionRequest>list("caseId in ?1 and status = ?2 order by askedAt, id", caseIds,
                CorrectionStatus.OPEN).stream().map(Expected::of).toList();
    }

    @Override
    public Map<UUID, Integer> openPerTask(UUID caseId) {
        Map<UUID, Integer> open = new HashMap<>();
        CorrectionRequest.getEntityManager().createQuery("""
                select r.taskId, count(r) from CorrectionRequest r
                where r.caseId = :caseId and r.status = :open and r.taskId is not null group by r.taskId""", Object[].class)
                .setParameter("caseId", caseId).setParameter("open", CorrectionStatus.OPEN)
                .getResultStream().forEach(row -> open.put((UUID) row[0], ((Long) row[1]).intValue()));
        return open;
    }
}
