package fr.guichet.desk.exchange;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A document or a piece of information sent back to the professional, with the reason and the answer. The internal
 * note is null for anyone but the guichet's staff: the API leaves it out.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Correction(UUID id, UUID taskId, UUID documentId, String information, CorrectionReason reasonCode,
        String reason, String internalNote, CorrectionStatus status, String askedBy, Instant askedAt, String reopenReason,
        UUID answerDocumentId, String answeredBy, Instant answeredAt) {

    public boolean isOpen() {
        return status == CorrectionStatus.OPEN;
    }

    public boolean isAnswered() {
        return status == CorrectionStatus.ANSWERED;
    }
}
