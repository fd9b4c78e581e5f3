package fr.guichet.cases.webhook;

import java.time.Instant;

/**
 * What became of one try at a delivery: the endpoint's status when it answered, how long it took, and, when it was
 * not received, why and when it is tried again ({@code retryAt} null: never, it is dead-lettered).
 */
record Attempt(Delivery delivery, Integer status, Long latencyMillis, String error, Instant retryAt) {

    boolean wasReceived() {
        return status != null && status >= 200 && status < 300;
    }

    boolean gone() {
        return status != null && status == 410;
    }
}
