package fr.guichet.welcome.event;

/** DRAFT (seen by its organisers and correspondants only), PUBLISHED (open to registrations), CANCELLED. */
public enum EventStatus {
    DRAFT, PUBLISHED, CANCELLED
}
