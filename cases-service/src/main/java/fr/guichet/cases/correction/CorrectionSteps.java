package fr.guichet.cases.correction;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import fr.guichet.cases.history.CaseEvent;
import fr.guichet.cases.history.CaseHistory;
import fr.guichet.cases.outbox.EventType;
import fr.guichet.cases.outbox.Outbox;
import fr.guichet.cases.policy.Caller;
import fr.guichet.cases.task.TaskView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Writes each step of a correction request where others read it, in the step's transaction: the case's history
 * (FIELD_CHANGED on {@code <task code>.correction}, or {@code correction} without a task, so that the history reads
 * them as it reads what owners write on tasks) and the outbox.
 */
@ApplicationScoped
class CorrectionSteps {

    private static final String FIELD = "correction";

    @Inject
    Caller caller;

    @Inject
    CaseHistory history;

    @Inject
    Outbox outbox;

    void requested(CorrectionRequest r, Map<UUID, TaskView> caseTasks) {
        record(r, null, caseTasks, r.reason, EventType.CORRECTION_REQUESTED);
    }

    void moved(CorrectionRequest r, CorrectionStatus before, Map<UUID, TaskView> caseTasks, String reason) {
        record(r, before, caseTasks, reason, EventType.CORRECTION_STATUS_CHANGED);
    }

    private void record(CorrectionRequest r, CorrectionStatus before, Map<UUID, TaskView> caseTasks, String reason, String type) {
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("id", r.id);
        after.put("status", r.status);
        putIfAny(after, "documentId", r.documentId);
        putIfAny(after, "information", r.information);
        putIfAny(after, "answerDocumentId", r.answerDocumentId);
        putIfAny(after, "answerMessageId", r.answerMessageId);
        String field = r.taskId == null ? FIELD : caseTasks.get(r.taskId).code() + "." + FIELD;
        history.record(r.caseId, caller.actor(), CaseEvent.Kind.FIELD_CHANGED, field, before, after, reason);
        outbox.append(r.caseId, type, announced(r, caseTasks));
    }

    /** What a subscriber learns: which request, where it stands, on which task; it reads the rest through the API. */
    private static Map<String, Object> announced(CorrectionRequest r, Map<UUID, TaskView> caseTasks) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("correctionId", r.id.toString());
        payload.put("status", r.status.name());
        if (r.taskId != null) {
            payload.put("taskId", r.taskId.toString());
            putIfAny(payload, "ownerOrg", caseTasks.get(r.taskId).ownerOrg());
        }
        return payload;
    }

    private static void putIfAny(Map<String, Object> map, String key, Object value) {
        if (value != null) {
            map.put(key, value);
        }
    }
}
