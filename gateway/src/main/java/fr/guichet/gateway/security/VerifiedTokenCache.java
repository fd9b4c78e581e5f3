package fr.guichet.gateway.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.quarkus.oidc.runtime.OidcAuthenticationMechanism;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpCredentialTransport;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;

/**
 * Verifying a bearer token (parsing, RSA signature) is most of the gateway's CPU per request. A token
 * verified once is remembered, keyed by the whole token string, until its own expiry and never longer
 * than {@code guichet.gateway.token-cache.max-age}, so that a rotated key or a disabled client takes
 * effect within that delay; a token never seen, or altered by one character, is verified in full.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class VerifiedTokenCache implements HttpAuthenticationMechanism {

    private static final String BEARER = "Bearer ";

    @Inject
    OidcAuthenticationMechanism delegate;

    @ConfigProperty(name = "guichet.gateway.token-cache.max-age", defaultValue = "60s")
    Duration maxAge;

    @ConfigProperty(name = "guichet.gateway.token-cache.size", defaultValue = "10000")
    long size;

    private Cache<String, Verified> verified;

    private record Verified(SecurityIdentity identity, Instant until) {
    }

    @PostConstruct
    void createCache() {
        verified = Caffeine.newBuilder().maximumSize(size).expireAfterWrite(maxAge).build();
    }

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identities) {
        String token = bearerToken(context);
        if (token != null) {
            Verified known = verified.getIfPresent(token);
            if (known != null && Instant.now().isBefore(known.until())) {
                return Uni.createFrom().item(known.identity());
            }
        }
        return delegate.authenticate(context, identities).invoke(identity -> remember(token, identity));
    }

    private void remember(String token, SecurityIdentity identity) {
        if (token != null && identity != null && !identity.isAnonymous()
                && identity.getPrincipal() instanceof JsonWebToken jwt && jwt.getExpirationTime() > 0) {
            Instant until = Instant.ofEpochSecond(jwt.getExpirationTime());
            Instant latest = Instant.now().plus(maxAge);
            verified.put(token, new Verified(identity, until.isBefore(latest) ? until : latest));
        }
    }

    private static String bearerToken(RoutingContext context) {
        String header = context.request().getHeader("Authorization");
        return header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length())
                ? header.substring(BEARER.length()).trim() : null;
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return delegate.getChallenge(context);
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return delegate.getCredentialTypes();
    }

    @Override
    public Uni<HttpCredentialTransport> getCredentialTransport(RoutingContext context) {
        return delegate.getCredentialTransport(context);
    }

    @Override
    public int getPriority() {
        return delegate.getPriority();
    }
}
