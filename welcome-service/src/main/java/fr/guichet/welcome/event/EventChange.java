package fr.guichet.welcome.event;

import java.util.UUID;

/**
 * Fired (synchronously, in the transaction of the change) when an event changes in a way its registrations must follow:
 * places added (the waiting list moves up) or the event cancelled (registrants are told).
 */
public record EventChange(UUID eventId, Kind kind) {

    public enum Kind {
        PLACES_ADDED, CANCELLED
    }
}
