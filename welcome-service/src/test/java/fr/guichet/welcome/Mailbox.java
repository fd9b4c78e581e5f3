package fr.guichet.welcome;

import java.io.IOException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.guichet.testsupport.SmtpServer;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/** What the registrants received, once the tests ran the mail sender. */
public final class Mailbox {

    private static final Pattern TOKEN = Pattern.compile("jeton=([A-Za-z0-9_-]+)");

    private Mailbox() {
    }

    public static List<MimeMessage> of(String address) {
        return SmtpServer.receivedBy(address);
    }

    public static MimeMessage last(String address) {
        List<MimeMessage> messages = of(address);
        if (messages.isEmpty()) {
            throw new AssertionError("No mail for " + address);
        }
        return messages.get(messages.size() - 1);
    }

    public static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String body(MimeMessage message) {
        try {
            return String.valueOf(message.getContent()).replace("\r\n", "\n");
        } catch (IOException | MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The token of the links in the last mail to this address. */
    public static String token(String address) {
        Matcher matcher = TOKEN.matcher(body(last(address)));
        if (!matcher.find()) {
            throw new AssertionError("No link in the last mail to " + address);
        }
        return matcher.group(1);
    }
}
