package fr.guichet.cases.history;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Appends to a case's history, in the caller's transaction: a change and its record commit together. */
@ApplicationScoped
public class CaseHistory {

    /** The field of entries about staff-only notes, which only staff see. */
    public static final String INTERNAL_NOTE = "internalNote";

    @Inject
    ObjectMapper json;

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
        event.occurredAt = Instant.now();
        event.actor = actor;
        event.kind = kind;
        event.field = field;
        event.before = before == null ? null : json.valueToTree(before);
        event.after = after == null ? null : json.valueToTree(after);
        event.reason = reason;
        event.persist();
    }

    public List<Entry> of(UUID caseId) {
        return CaseEvent.<CaseEvent>list("caseId = ?1 order by id", caseId).stream().map(Entry::of).toList();
    }
}
