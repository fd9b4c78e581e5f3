package fr.guichet.cases.correction;

import java.time.Instant;
import java.util.UUID;

/**
 * A correction request as a caller reads it: what is asked and why, where it stands, the answer. The internal note
 * only for the guichet's staff (null otherwise).
 */
public record CorrectionView(UUID id, UUID taskId, UUID documentId, String information, CorrectionReason reasonCode,
        String reason, String internalNote, CorrectionStatus status, String askedBy, String askingOrg, Instant askedAt,
        String reopenReason, UUID answerDocumentId, UUID answerMessageId, String answeredBy, Instant answeredAt,
        String settledBy, Instant settledAt) {

    static CorrectionView of(CorrectionRequest r, boolean withInternalNote) {
        return new CorrectionView(r.id, r.taskId, r.documentId, r.information, r.reasonCode, r.reason,
                withInternalNote ? r.internalNote : null, r.status, r.askedBy, r.askingOrg, r.askedAt, r.reopenReason,
                r.answerDocumentId, r.answerMessageId, r.answeredBy, r.answeredAt, r.settledBy, r.settledAt);
    }
}
