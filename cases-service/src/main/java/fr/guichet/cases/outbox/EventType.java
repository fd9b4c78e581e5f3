package fr.guichet.cases.outbox;

import java.util.Set;

/**
 * The names of the events a case gives out, as partners subscribe to them (issue #15): {@code noun.verb_in_past},
 * snake_case after the dot, as the Standard Webhooks examples spell them. Renaming one breaks every subscriber.
 */
public final class EventType {

    public static final String CASE_CREATED = "case.created";
    public static final String CASE_STATUS_CHANGED = "case.status_changed";
    public static final String TASK_ASSIGNED = "task.assigned";
    public static final String TASK_UPDATED = "task.updated";
    public static final String DOCUMENT_ADDED = "document.added";
    public static final String MESSAGE_POSTED = "message.posted";
    public static final String AID_STATUS_CHANGED = "aid.status_changed";
    /** A document or a piece of information sent back to the professional (issue #17). */
    public static final String CORRECTION_REQUESTED = "correction.requested";
    /** A correction request answered, accepted, reopened or cancelled. */
    public static final String CORRECTION_STATUS_CHANGED = "correction.status_changed";

    public static final Set<String> ALL = Set.of(CASE_CREATED, CASE_STATUS_CHANGED, TASK_ASSIGNED, TASK_UPDATED,
            DOCUMENT_ADDED, MESSAGE_POSTED, AID_STATUS_CHANGED,
            CORRECTION_REQUESTED, CORRECTION_STATUS_CHANGED);

    private EventType() {
    }
}
