package fr.guichet.welcome.event;

import java.time.Instant;

/** The public list's filters: all optional but {@code endingAfter}, which keeps past events out. */
public record EventFilter(String department, Instant endingAfter, EventKind kind) {
}
