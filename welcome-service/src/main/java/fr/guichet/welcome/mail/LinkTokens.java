package fr.guichet.welcome.mail;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;

import fr.guichet.common.api.Sha256;

/**
 * The token of a link sent by mail (a registrant's cancellation and survey link, a testimonial's withdrawal link): 256
 * random bits, sent only to its holder; the database keeps its SHA-256, so that a copy of the database opens nothing.
 */
public final class LinkTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private LinkTokens() {
    }

    public static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static String hash(String token) {
        return Sha256.hex(token.strip().getBytes(StandardCharsets.UTF_8));
    }
}
