package fr.guichet.cases.history;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/** Appends to a case's history, in the caller's transaction: a change and its record commit together. */
@ApplicationScoped
public class CaseHistory {

    /** The field of entries about staff-only notes, which only staff see. */
    public static final String INTERNAL_NOTE = "internalNote";
    private static final Set<String> TASK_REMARKS = Set.of("note", "blockedReason", "missingPieces", "correction");

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    @Schema(name = "HistoryEntry")
    public record Entry(Long id, Instant occurredAt, String actor, CaseEvent.Kind kind, String field, JsonNode before,
            JsonNode after, String reason) {
        static Entry of(CaseEvent event) {
            return new Entry(event.id, event.occurredAt, event.actor, event.kind, event.field, event.before, event.after,
                    event.reason);
        }
    }

    public void record(UUID caseId, String actor, CaseEvent.Kind kind, String field, Object before, Object after,
            String reason) {
        CaseEvent event = new CaseEvent();
        event.caseId = caseId;
        event.occurredAt = Instant.now(clock);
        event.actor = actor;
        event.kind = kind;
        event.field = field;
        event.before = before == null ? null : json.valueToTree(before);
        event.after = after == null ? null : json.valueToTree(after);
        event.reason = reason;
        event.persist();
    }

    /**
     * The case's history, oldest first; entries about internal notes, and about what owners wrote on tasks (their
     * {@code <task>.note}, {@code .blockedReason}, {@code .missingPieces}, {@code .correction}), only when the reader
     * may see them all.
     */
    public List<Entry> of(UUID caseId, boolean withInternalNotes, boolean withTaskRemarks) {
        return CaseEvent.<CaseEvent>list("caseId = ?1 order by id", caseId).stream()
                .filter(e -> withInternalNotes || !INTERNAL_NOTE.equals(e.field))
                .filter(e -> withTaskRemarks || !isTaskRemark(e.field))
                .map(Entry::of)
                .toList();
    }

    private static boolean isTaskRemark(String field) {
        return field != null && field.contains(".") && TASK_REMARKS.contains(field.substring(field.lastIndexOf('.') + 1));
    }

    /**
     * Erases what the history says of people on these cases (the values a professional gave, reasons,
     * doctors' login names); what happened and when stays. The table is otherwise append-only: the
     * database refuses any rewrite not announced as an anonymisation.
     */
    public void erasePersonalData(List<UUID> caseIds) {
        EntityManager em = CaseEvent.getEntityManager();
        em.createNativeQuery("set local guichet.rewriting_history = 'anonymisation'").executeUpdate();
        em.createNativeQuery("update case_event set before = null, after = null where case_id in (:ids) and kind in ('FIELD_CHANGED', 'CREATED')")
                .setParameter("ids", caseIds).executeUpdate();
        em.createNativeQuery("update case_event set reason = null where case_id in (:ids)").setParameter("ids", caseIds).executeUpdate();
        // a doctor acts under their login name, which identifies them as surely as the name fields
        em.createNativeQuery("update case_event set actor = 'doctor:anonymised' where case_id in (:ids) and actor like 'doctor:%'")
                .setParameter("ids", caseIds).executeUpdate();
    }
}
