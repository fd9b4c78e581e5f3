package fr.guichet.welcome.registration;

/** CONFIRMED holds a place; WAITING is on the waiting list, in order; CANCELLED by the registrant. */
public enum RegistrationStatus {
    CONFIRMED, WAITING, CANCELLED
}
