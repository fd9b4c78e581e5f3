package fr.guichet.cases.reminder;

/** One digest, rendered, for one address. */
public record DigestMail(String recipient, String subject, String body, String unsubscribeUrl) {
}
