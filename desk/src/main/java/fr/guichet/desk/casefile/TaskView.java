package fr.guichet.desk.casefile;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import fr.guichet.desk.vocabulary.TaskStatus;

/** A task of the partners' checklist (the API's TaskView): who owns it, its state and when it is due. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TaskView(UUID id, String code, String label, String ownerOrg, TaskStatus status, boolean finished,
        LocalDate dueDate, WaitingOn waitingOn, boolean mandatory, String blockedReason, List<String> missingPieces,
        LocalDate doneOn) {

    public TaskView {
        missingPieces = missingPieces == null ? List.of() : missingPieces;
    }

    /** Still to do and past its due date. */
    public boolean overdue(LocalDate today) {
        return !finished && dueDate != null && dueDate.isBefore(today);
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record WaitingOn(String code, String label) {
    }
}
