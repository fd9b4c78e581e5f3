package fr.guichet.cases.task;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;

import fr.guichet.cases.history.CaseEvent;
import fr.guichet.cases.history.CaseHistory;
import fr.guichet.cases.outbox.EventType;
import fr.guichet.cases.outbox.Outbox;
import fr.guichet.cases.policy.Caller;
import fr.guichet.common.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Applies what a task's owner says of it: each field changed goes to the history, a finished task moves the due
 * dates of those that wait on it, and every task changed is announced (task.updated).
 */
@ApplicationScoped
class TaskProgress {

    @Inject
    Caller caller;

    @Inject
    CaseHistory history;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    /** Answers whether anything changed: values equal to the current ones are no change, and keep the ETag good. */
    boolean apply(UUID caseId, PartnerTask task, TaskChange change, List<PartnerTask> all) {
        if (change.isEmpty()) {
            throw ProblemException.invalid("status", "give a status, dueDate, note, blockedReason or missingPieces to change");
        }
        TaskStatus status = change.status() == null ? task.status : change.status();
        if (change.blockedReason() != null && status != TaskStatus.BLOCKED) {
            throw ProblemException.invalid("blockedReason", "goes with the status BLOCKED");
        }
        String blockedReason = status != TaskStatus.BLOCKED ? null
                : change.blockedReason() != null ? change.blockedReason().strip() : task.blockedReason;
        if (status == TaskStatus.BLOCKED && (blockedReason == null || blockedReason.isEmpty())) {
            throw ProblemException.invalid("blockedReason", "is required to block a task: say what stops it");
        }
        String comment = change.comment();
        boolean scheduleMoved = set(caseId, task, "status", task.status, status, comment, s -> finish(task, s))
                | set(caseId, task, "dueDate", task.dueDate, given(change.dueDate(), task.dueDate), comment, d -> task.dueDate = d);
        boolean changed = scheduleMoved
                | set(caseId, task, "blockedReason", task.blockedReason, blockedReason, comment, r -> task.blockedReason = r)
                | set(caseId, task, "note", task.note, cleared(change.note(), task.note), comment, n -> task.note = n)
                | set(caseId, task, "missingPieces", task.missingPieces, given(change.missingPieces(), task.missingPieces), comment,
                        p -> task.missingPieces = List.copyOf(p));
        if (!changed) {
            return false;
        }
        touched(caseId, task);
        if (scheduleMoved) {
            for (PartnerTask waiting : TaskSchedule.reschedule(task, all)) {
                history.record(caseId, caller.actor(), CaseEvent.Kind.TASK_CHANGED, waiting.code + ".dueDate", null,
                        waiting.dueDate, "Attend " + task.code);
                touched(caseId, waiting);
            }
        }
        return true;
    }

    /** What the outbox says of a task: who owns it, where it stands, when it is due. */
    static Map<String, Object> payload(PartnerTask task) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("taskId", task.id.toString());
        payload.put("code", task.code);
        payload.put("status", task.status.name());
        if (task.ownerOrg != null) {
            payload.put("ownerOrg", task.ownerOrg);
        }
        if (task.dueDate != null) {
            payload.put("dueDate", task.dueDate.toString());
        }
        return payload;
    }

    private void touched(UUID caseId, PartnerTask task) {
        task.lastActor = caller.actor();
        task.updatedAt = Instant.now(clock);
        outbox.append(caseId, EventType.TASK_UPDATED, payload(task));
    }

    private void finish(PartnerTask task, TaskStatus status) {
        task.doneOn = status.isFinished() ? LocalDate.now(clock) : null;
        task.status = status;
    }

    /** A blank note clears it: the empty string stands for "none" until stored. */
    private static String cleared(String given, String current) {
        if (given == null) {
            return current;
        }
        return given.isBlank() ? null : given.strip();
    }

    private static <T> T given(T value, T current) {
        return value == null ? current : value;
    }

    /** Sets the field to its next value, recording the change, unless it is the same. */
    private <T> boolean set(UUID caseId, PartnerTask task, String field, T current, T next, String comment, Consumer<T> setter) {
        if (Objects.equals(current, next)) {
            return false;
        }
        history.record(caseId, caller.actor(), CaseEvent.Kind.TASK_CHANGED, task.code + "." + field, current, next, comment);
        setter.accept(next);
        return true;
    }
}
