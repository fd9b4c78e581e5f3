package fr.guichet.gateway.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;

import fr.guichet.gateway.plumbing.ClockTicks;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Verifying a bearer token (parsing, RSA signature) is most of the gateway's CPU per request. Every
 * identity quarkus-oidc has just verified in full passes through here, the last of the augmentors, and
 * is remembered under its whole token string until the token's own expiry and never longer than
 * {@code guichet.gateway.token-cache.max-age}, so that a rotated key or a disabled client takes effect
 * within that delay. {@link CachedTokenAuthentication} answers from it; a token never seen, or altered
 * by one character, is verified in full.
 */
@ApplicationScoped
public class VerifiedTokenCache implements SecurityIdentityAugmentor {

    @ConfigProperty(name = "guichet.gateway.token-cache.max-age", defaultValue = "60s")
    Duration maxAge;

    @ConfigProperty(name = "guichet.gateway.token-cache.size", defaultValue = "10000")
    long size;

    @Inject
    Clock clock;

    private Cache<String, SecurityIdentity> verified;

    @PostConstruct
    void createCache() {
        verified = Caffeine.newBuilder().maximumSize(size).ticker(ClockTicks.of(clock))
                .expireAfter(Expiry.creating((String token, SecurityIdentity identity) -> lifetime(identity)))
                .build();
    }

    /** The identity verified for this token, or null when it must be verified (again). */
    SecurityIdentity recall(String token) {
        return verified.getIfPresent(token);
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (!identity.isAnonymous() && identity.getPrincipal() instanceof JsonWebToken jwt
                && jwt.getRawToken() != null && jwt.getExpirationTime() > 0) {
            verified.put(jwt.getRawToken(), identity);
        }
        return Uni.createFrom().item(identity);
    }

    /** Last, so that the identity is remembered as every other augmentor left it. */
    @Override
    public int priority() {
        return Integer.MIN_VALUE;
    }

    private Duration lifetime(SecurityIdentity identity) {
        long expiry = ((JsonWebToken) identity.getPrincipal()).getExpirationTime();
        Duration untilExpiry = Duration.between(Instant.now(clock), Instant.ofEpochSecond(expiry));
        return untilExpiry.compareTo(maxAge) < 0 ? untilExpiry : maxAge;
    }
}
