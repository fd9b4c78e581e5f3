package fr.guichet.cases.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Secrets and signatures as the Standard Webhooks specification has them, so that partners verify deliveries
 * with any of its libraries: a secret is {@code whsec_} and the base64 of random bytes; a signature is
 * {@code v1,} and the base64 of HMAC-SHA256, keyed by those bytes, of {@code id.timestamp.body}; several
 * signatures (a rotation's old and new secrets) are separated by spaces.
 */
final class WebhookSecrets {

    static final String PREFIX = "whsec_";
    private static final int SECRET_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int KEYED_PER_THREAD = 64;
    /**
     * HMACs already keyed, by secret: looking the algorithm up and keying it cost as much as signing a delivery. A
     * Mac is not thread-safe, hence one cache per thread (the publisher's few), each keeping the secrets it used last.
     */
    private static final ThreadLocal<Map<String, Mac>> KEYED = ThreadLocal.withInitial(() -> new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Mac> eldest) {
            return size() > KEYED_PER_THREAD;
        }
    });

    private WebhookSecrets() {
    }

    static String generate() {
        byte[] key = new byte[SECRET_BYTES];
        RANDOM.nextBytes(key);
        return PREFIX + Base64.getEncoder().encodeToString(key);
    }

    /** The {@code webhook-signature} header's value: one {@code v1} signature per secret still in force. */
    static String signature(List<String> secrets, String messageId, long timestamp, byte[] body) {
        return secrets.stream().map(secret -> "v1," + sign(secret, messageId, timestamp, body)).collect(Collectors.joining(" "));
    }

    private static String sign(String secret, String messageId, long timestamp, byte[] body) {
        Mac mac = KEYED.get().computeIfAbsent(secret, WebhookSecrets::keyed);
        // doFinal leaves the Mac keyed and ready for the next message
        mac.update((messageId + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8));
        return Base64.getEncoder().encodeToString(mac.doFinal(body));
    }

    private static Mac keyed(String secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring(PREFIX.length())), "HmacSHA256"));
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every JDK", e);
        }
    }
}
