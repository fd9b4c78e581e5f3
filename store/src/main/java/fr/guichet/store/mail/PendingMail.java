package fr.guichet.store.mail;

/** A mail of the outbox waiting to be sent, as a sender claimed it; {@code unsubscribeUrl} is null for a one-off mail. */
public record PendingMail(long id, String recipient, String subject, String body, String unsubscribeUrl, int attempts) {
}
