package fr.guichet.desk.casefile;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import fr.guichet.desk.page.French;

/** A task of the partners' checklist (the API's TaskView): who owns it, its state and when it is due. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TaskView(UUID id, String code, String label, String ownerOrg, Status status, boolean finished,
        LocalDate dueDate, WaitingOn waitingOn, boolean mandatory, String blockedReason, List<String> missingPieces,
        LocalDate doneOn) {

    public TaskView {
        missingPieces = missingPieces == null ? List.of() : missingPieces;
    }

    /** Still to do and past its due date, as of today in France. */
    public boolean overdue() {
        return !finished && dueDate != null && dueDate.isBefore(LocalDate.now(French.ZONE));
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record WaitingOn(String code, String label) {
    }

    public enum Status {
        TODO("À faire", "fr-badge"),
        IN_PROGRESS("En cours", "fr-badge fr-badge--info"),
        DONE("Fait", "fr-badge fr-badge--success"),
        NOT_APPLICABLE("Sans objet", "fr-badge"),
        BLOCKED("Bloqué", "fr-badge fr-badge--error");

        private final String label;
        private final String badge;

        Status(String label, String badge) {
            this.label = label;
            this.badge = badge;
        }

        public String label() {
            return label;
        }

        public String badge() {
            return badge;
        }
    }
}
