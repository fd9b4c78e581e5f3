package fr.guichet.cases.policy;

import java.util.Set;

/**
 * Fired when a correspondant's token is read: there is no user table, and what the token says of them (full name,
 * address, departments) is all the service knows, e.g. to send them their reminders.
 */
public record CorrespondantSeen(String subject, String name, String email, Set<String> departments) {
}
