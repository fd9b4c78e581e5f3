package fr.guichet.cases.webhook;

import java.time.Instant;
import java.util.List;
import java.util.TreeSet;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A subscription as its organisation reads it. {@code secret} is there only in the answer that creates it (the
 * subscription, or a new secret): it is never shown again. {@code previousSecretUntil} is when the secret before
 * the last rotation stops signing.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SubscriptionView(UUID id, String url, List<String> eventTypes, Subscription.Status status,
        Instant previousSecretUntil, Instant createdAt, Instant updatedAt, String secret) {

    static SubscriptionView of(Subscription s) {
        return new SubscriptionView(s.id, s.url, sorted(s), s.status, s.previousSecretUntil, s.createdAt, s.updatedAt, null);
    }

    static SubscriptionView withSecret(Subscription s, String secret) {
        return new SubscriptionView(s.id, s.url, sorted(s), s.status, s.previousSecretUntil, s.createdAt, s.updatedAt,
                secret);
    }

    private static List<String> sorted(Subscription s) {
        return List.copyOf(new TreeSet<>(s.eventTypes));
    }
}
