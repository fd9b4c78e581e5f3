package fr.guichet.welcome.mail;

/** One mail to send, in plain French text. */
public record OutgoingMail(String recipient, String subject, String body) {
}
