package fr.guichet.welcome.policy;

import java.util.UUID;

/** What the policy needs to know of an event to answer who may see or change it. */
public interface GuardedEvent {

    UUID eventId();

    /** The code of the organisation that holds the event. */
    String organisation();

    String department();

    /** Whether anyone may read it: published, or cancelled after it was published. */
    boolean publiclyVisible();
}
