package fr.guichet.cases.webhook;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A delivery claimed for sending: which attempt it is, the event, and where and with which secrets it goes. */
record Delivery(long id, int attempt, Instant queuedAt, Event event, Target target) {

    /**
     * An outbox event with what the thin message needs: the case's reference, and the change (the event's payload
     * without the reference, as JSON text).
     */
    record Event(long id, String type, String change, Instant occurredAt, UUID caseId, String reference) {
    }

    /** A subscription's endpoint and the secrets that sign for it now: the current one, and the previous during its overlap. */
    record Target(UUID subscriptionId, String url, List<String> secrets) {
    }
}
