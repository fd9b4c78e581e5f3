package fr.guichet.testsupport;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

/**
 * Bearer tokens shaped like the realm "guichet" issues them (realm roles under realm_access, the
 * services' audience), signed with the key of Quarkus' OIDC test server.
 */
public final class TestTokens {

    public static final String ISSUER = "https://server.example.com";
    public static final String AUDIENCE = "guichet-api";
    private static final String SIGNING_KEY = "privateKey.jwk";
    /** The wall clock, not the services' business Clock: quarkus-oidc checks a token's exp against real time. */
    private static final Clock WALL_CLOCK = Clock.systemUTC();

    private TestTokens() {
    }

    public static String forRole(String user, String role) {
        return builder(user, Set.of(role)).sign(SIGNING_KEY);
    }

    public static String forRole(String user, String role, Map<String, Object> claims) {
        JwtClaimsBuilder builder = builder(user, Set.of(role));
        claims.forEach(builder::claim);
        return builder.sign(SIGNING_KEY);
    }

    public static String expired(String user, String role) {
        return builder(user, Set.of(role)).issuedAt(WALL_CLOCK.instant().minusSeconds(3600))
                .expiresAt(WALL_CLOCK.instant().minusSeconds(1800)).sign(SIGNING_KEY);
    }

    public static String fromOtherIssuer(String user, String role) {
        return builder(user, Set.of(role)).issuer("https://impostor.example.com").sign(SIGNING_KEY);
    }

    private static JwtClaimsBuilder builder(String user, Set<String> roles) {
        return Jwt.claims()
                .issuer(ISSUER)
                .audience(AUDIENCE)
                .subject(user + "-id")
                .preferredUserName(user)
                .claim("realm_access", Map.of("roles", List.copyOf(roles)))
                .issuedAt(WALL_CLOCK.instant())
                .expiresAt(WALL_CLOCK.instant().plusSeconds(300));
    }
}
