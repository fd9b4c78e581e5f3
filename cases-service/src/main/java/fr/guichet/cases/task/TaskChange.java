package fr.guichet.cases.task;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What the owner of a task says of it: a new status (BLOCKED needs a blockedReason), due date, note or list of the
 * pieces it still asks for (replacing the previous one); fields left out stay as they are. The comment goes to the
 * history with the change.
 */
@Schema(example = """
        {"status": "BLOCKED", "blockedReason": "Diplôme étranger : attestation de reconnaissance attendue",
         "missingPieces": ["Attestation de reconnaissance du diplôme"], "note": "Relancé le 12/01"}""")
public record TaskChange(TaskStatus status, LocalDate dueDate, @Size(max = 1000) String comment,
        @Size(max = 2000) String note, @Size(max = 1000) String blockedReason,
        @Size(max = 30) List<@NotBlank @Size(max = 200) String> missingPieces) {

    boolean isEmpty() {
        return status == null && dueDate == null && note == null && blockedReason == null && missingPieces == null;
    }
}
