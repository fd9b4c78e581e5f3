package fr.guichet.cases.transition;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.guichet.cases.workflow.CaseStatus;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The step to move to; a reason is required to abandon, and kept in the history in every case. */
@Schema(example = """
        {"to": "QUALIFIED", "reason": "Premier entretien le 12 mars : projet en MSP à Mende"}""")
public record TransitionRequest(@NotNull CaseStatus to, @Size(max = 1000) String reason) {
}
