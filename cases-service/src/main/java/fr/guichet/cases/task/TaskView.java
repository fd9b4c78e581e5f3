package fr.guichet.cases.task;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A task as a caller reads it. {@code finished}: done or not applicable, nothing left to do. {@code waitingOn}: the
 * task it waits on, while that one is not finished; the due date is then the one it implies. A partner reads the
 * whole of its own tasks and only where the others stand (code, label, owner, status, due date): the rest is null.
 * {@code awaitingProfessional}: how many correction requests on the task still wait on the professional's answer
 * (0: none); the task's status stays what its owner says.
 */
public record TaskView(UUID id, String code, String label, String ownerOrg, TaskStatus status, boolean finished,
        LocalDate dueDate, WaitingOn waitingOn, String partner, Boolean mandatory, List<String> requiredDocuments,
        String aidCode, String note, String blockedReason, List<String> missingPieces, LocalDate doneOn, String lastActor,
        Instant updatedAt,
        @Schema(description = "How many correction requests on this task still wait on the professional's answer (0: none)",
                minimum = "0") int awaitingProfessional) {

    public record WaitingOn(String code, String label) {
    }

    static TaskView whole(PartnerTask t, PartnerTask waitedOn, int awaitingProfessional) {
        return new TaskView(t.id, t.code, t.label, t.ownerOrg, t.status, t.status.isFinished(), t.dueDate,
                waitingOn(waitedOn), t.partner, t.mandatory, t.requiredDocuments, t.aidCode, t.note, t.blockedReason,
                t.missingPieces, t.doneOn, t.lastActor, t.updatedAt, awaitingProfessional);
    }

    static TaskView glance(PartnerTask t, PartnerTask waitedOn, int awaitingProfessional) {
        return new TaskView(t.id, t.code, t.label, t.ownerOrg, t.status, t.status.isFinished(), t.dueDate,
                waitingOn(waitedOn), null, null, null, null, null, null, null, null, null, null, awaitingProfessional);
    }

    private static WaitingOn waitingOn(PartnerTask waitedOn) {
        return waitedOn == null || waitedOn.status.isFinished() ? null : new WaitingOn(waitedOn.code, waitedOn.label);
    }
}
