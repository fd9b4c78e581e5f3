package fr.guichet.cases.reminder;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import fr.guichet.common.problem.ProblemException;
import io.quarkus.runtime.Startup;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Addresses that asked for no more reminders, and the signed links that ask for it: a link names the address and
 * carries an HMAC of it, so nobody unsubscribes someone else by guessing.
 */
@ApplicationScoped
@Startup
public class Unsubscriptions {

    private static final Logger LOG = Logger.getLogger(Unsubscriptions.class);
    private static final String ALGORITHM = "HmacSHA256";

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @ConfigProperty(name = "guichet.reminders.unsubscribe-key")
    Optional<String> configuredKey;

    @ConfigProperty(name = "guichet.reminders.public-url", defaultValue = "http://localhost:8080")
    String publicUrl;

    private SecretKeySpec key;

    @PostConstruct
    void key() {
        byte[] bytes;
        if (configuredKey.isPresent() && !configuredKey.get().isBlank()) {
            bytes = Base64.getDecoder().decode(configuredKey.get().strip());
        } else {
            LOG.warn("guichet.reminders.unsubscribe-key (GUICHET_REMINDERS_UNSUBSCRIBE_KEY) is not set: the unsubscribe "
                    + "links of the digests hold only until this instance stops, and only on it.");
            bytes = new byte[32];
            new SecureRandom().nextBytes(bytes);
        }
        key = new SecretKeySpec(bytes, ALGORITHM);
    }

    /** The public address that unsubscribes this address, for the digests it receives. */
    public String linkFor(String email) {
        return publicUrl + "/api/reminders/unsubscribe?token=" + tokenFor(email);
    }

    String tokenFor(String email) {
        Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
        return base64.encodeToString(email.getBytes(StandardCharsets.UTF_8)) + "." + base64.encodeToString(sign(email));
    }

    /** Unsubscribes the address the token names, if its signature holds; answers the address. Repeating it is harmless. */
    @Transactional
    public String unsubscribe(String token) {
        String email = verified(token).orElseThrow(
                () -> ProblemException.invalid("token", "is not an unsubscribe token of a reminder sent by the guichet"));
        em.createNativeQuery("insert into reminder_unsubscription (email, unsubscribed_at) values (:email, :at) "
                + "on conflict (email) do nothing")
                .setParameter("email", email).setParameter("at", Instant.now(clock)).executeUpdate();
        return email;
    }

    /** Every address that unsubscribed (lower-cased). */
    @SuppressWarnings("unchecked")
    public Set<String> all() {
        return Set.copyOf(em.createNativeQuery("select email from reminder_unsubscription").getResultList());
    }

    private Optional<String> verified(String token) {
        if (token == null) {
            return Optional.empty();
        }
        String[] parts = token.strip().split("\\.");
        try {
            if (parts.length == 2) {
                String email = new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8);
                if (MessageDigest.isEqual(sign(email), Base64.getUrlDecoder().decode(parts[1]))) {
                    return Optional.of(email);
                }
            }
        } catch (IllegalArgumentException e) {
            // not base64: refused below
        }
        return Optional.empty();
    }

    private byte[] sign(String email) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal(("unsubscribe:" + email).getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
