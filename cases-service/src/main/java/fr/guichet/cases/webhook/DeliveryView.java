package fr.guichet.cases.webhook;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One line of a subscription's delivery log: the event, how many attempts, the last answer (HTTP status, latency,
 * error), and when the next attempt is due while it is pending.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DeliveryView(long id, long eventId, String eventType, UUID caseId, State state, int attempts,
        Integer lastStatus, Integer latencyMs, String lastError, Instant nextAttemptAt, Instant createdAt, Instant endedAt) {

    @Schema(name = "DeliveryState")
    public enum State {
        /** To be sent, or to be tried again at nextAttemptAt. */
        PENDING,
        /** The endpoint answered 2xx. */
        DELIVERED,
        /** Given up: 24 hours of failures, 410 Gone, or a body too large to send. */
        DEAD
    }
}
