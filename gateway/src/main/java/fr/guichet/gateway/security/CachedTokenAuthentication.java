package fr.guichet.gateway.security;

import java.util.Set;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpCredentialTransport;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Tried just before quarkus-oidc's bearer mechanism: a token found in the {@link VerifiedTokenCache}
 * authenticates the request at once; any other answers nothing, and Quarkus moves on to quarkus-oidc,
 * which verifies it in full, refuses it or challenges the caller.
 */
@ApplicationScoped
public class CachedTokenAuthentication implements HttpAuthenticationMechanism {

    private static final String BEARER = "Bearer ";
    private static final HttpCredentialTransport BEARER_HEADER = new HttpCredentialTransport(
            HttpCredentialTransport.Type.AUTHORIZATION, "bearer");

    @Inject
    VerifiedTokenCache cache;

    @ConfigProperty(name = "quarkus.oidc.priority", defaultValue = "1001")
    int oidcPriority;

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identities) {
        String token = bearerToken(context);
        return Uni.createFrom().item(token == null ? null : cache.recall(token));
    }

    @Override
    public int getPriority() {
        return oidcPriority + 1;
    }

    /** The challenge is quarkus-oidc's. */
    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return Uni.createFrom().nullItem();
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(TokenAuthenticationRequest.class);
    }

    @Override
    public Uni<HttpCredentialTransport> getCredentialTransport(RoutingContext context) {
        return Uni.createFrom().item(BEARER_HEADER);
    }

    private static String bearerToken(RoutingContext context) {
        String header = context.request().getHeader("Authorization");
        return header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length())
                ? header.substring(BEARER.length()).trim() : null;
    }
}
