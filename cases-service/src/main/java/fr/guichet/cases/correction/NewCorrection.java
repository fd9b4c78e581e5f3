package fr.guichet.cases.correction;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A correction asked of the professional: a document of the case to send again ({@code documentId}) or a piece of
 * information to give again ({@code information}, its label), one of the two; on a task (taskId, or else the task the
 * document goes with; a partner's request is always on one of its own tasks); why, in words ({@code reason}) and, to count them, as a code (OTHER when left out). The internal note
 * is for the guichet's staff only.
 */
@Schema(example = """
        {"taskId": "0b7c1f64-3a58-4c2e-9d7a-5b1e2f3a4c5d", "documentId": "6f1d2c3b-4a5e-4f60-8172-93a4b5c6d7e8",
         "reasonCode": "EXPIRED", "reason": "Attestation de plus de 3 mois : merci d'en joindre une récente."}""")
public record NewCorrection(UUID taskId, UUID documentId, @Size(max = 200) String information, CorrectionReason reasonCode,
        @NotBlank @Size(max = 1000) String reason, @Size(max = 2000) String internalNote) {
}
