package fr.guichet.cases.webhook;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Keeps the signing secrets encrypted in the database (AES-256-GCM, bound to their subscription) when
 * {@code guichet.webhooks.secret-key} (GUICHET_WEBHOOKS_SECRET_KEY, the base64 of 32 bytes) is set, so that a copy
 * of the database does not let anyone sign as the guichet. Without the key they are stored as they are, and a
 * warning says so; secrets stored so are read either way.
 */
@ApplicationScoped
public class SecretSeal {

    private static final String SEALED = "sealed:v1:";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final Logger LOG = Logger.getLogger(SecretSeal.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKey key;

    @Inject
    SecretSeal(@ConfigProperty(name = "guichet.webhooks.secret-key") Optional<String> key) {
        this.key = key.map(k -> new SecretKeySpec(Base64.getDecoder().decode(k.trim()), "AES")).orElse(null);
        if (this.key == null) {
            LOG.warn("Webhook signing secrets are stored unencrypted: set GUICHET_WEBHOOKS_SECRET_KEY (base64 of 32 bytes)");
        } else if (this.key.getEncoded().length != 32) {
            throw new IllegalStateException("guichet.webhooks.secret-key must be the base64 of 32 bytes");
        }
    }

    String seal(String secret, UUID subscription) {
        if (key == null) {
            return secret;
        }
        byte[] iv = new byte[IV_BYTES];
        RANDOM.nextBytes(iv);
        byte[] sealed = crypt(Cipher.ENCRYPT_MODE, iv, subscription, secret.getBytes(StandardCharsets.UTF_8));
        return SEALED + Base64.getEncoder().encodeToString(ByteBuffer.allocate(IV_BYTES + sealed.length).put(iv).put(sealed).array());
    }

    String open(String stored, UUID subscription) {
        if (stored == null || !stored.startsWith(SEALED)) {
            return stored;
        }
        if (key == null) {
            throw new IllegalStateException("Webhook secrets are sealed but guichet.webhooks.secret-key is not set");
        }
        byte[] bytes = Base64.getDecoder().decode(stored.substring(SEALED.length()));
        byte[] iv = Arrays.copyOfRange(bytes, 0, IV_BYTES);
        byte[] sealed = Arrays.copyOfRange(bytes, IV_BYTES, bytes.length);
        return new String(crypt(Cipher.DECRYPT_MODE, iv, subscription, sealed), StandardCharsets.UTF_8);
    }

    private byte[] crypt(int mode, byte[] iv, UUID subscription, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(subscription.toString().getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("A webhook secret could not be " + (mode == Cipher.ENCRYPT_MODE ? "sealed" : "opened"), e);
        }
    }
}
