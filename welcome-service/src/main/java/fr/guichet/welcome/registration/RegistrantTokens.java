package fr.guichet.welcome.registration;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;

import fr.guichet.common.api.Sha256;

/**
 * The registrant's link token: 256 random bits, sent only in their mails; the database keeps its SHA-256, so that a
 * copy of the database opens no registration.
 */
final class RegistrantTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private RegistrantTokens() {
    }

    static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String token) {
        return Sha256.hex(token.strip().getBytes(StandardCharsets.UTF_8));
    }
}
