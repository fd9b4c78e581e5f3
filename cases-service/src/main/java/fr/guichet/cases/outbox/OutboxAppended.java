package fr.guichet.cases.outbox;

import java.util.UUID;

/**
 * Fired (as a CDI event) when an event is appended to the outbox; observed after the transaction commits, it tells
 * whoever publishes the outbox that there is something new without waiting for its next poll.
 */
public record OutboxAppended(UUID caseId, String type) {
}
