package fr.guichet.cases.policy;

import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.microprofile.jwt.JsonWebToken;

import fr.guichet.common.problem.ProblemException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

/**
 * Builds the {@link Caller} of the request from the verified token. A token with several of the
 * guichet's roles acts with the most restrictive view of the cases: doctor, then partner, then correspondant. An
 * organiser, who sees no case at all, acts as one only when it holds none of the others: it only refers people.
 *
 * <p>A doctor's RPPS number is the token's {@code rpps} claim (the realm's own accounts); a doctor who logged
 * in through Pro Santé Connect carries instead its national identifier in {@code idnps}, "8" then the RPPS number,
 * which Keycloak copies without a way to cut the prefix. The RPPS read either way is held to the {@code @Rpps}
 * rule (11 digits, Luhn) where it is used, so a malformed identifier gives a doctor without a valid RPPS.
 */
@ApplicationScoped
public class CallerProducer {

    /** The claim a Keycloak mapper sets on each partner client: the code of its partner organisation. */
    static final String PARTNER_ORGANISATION = "partner_org";

    /** The claim a Keycloak mapper sets from Pro Santé Connect's {@code SubjectNameID}: the national identifier. */
    static final String NATIONAL_IDENTIFIER = "idnps";

    /** The national identifier's prefix for an RPPS number (others, such as ADELI's, name no RPPS). */
    private static final String RPPS_PREFIX = "8";

    @Inject
    SecurityIdentity identity;

    @Inject
    JsonWebToken token;

    @Inject
    Event<CorrespondantSeen> correspondantSeen;

    // one per request: the services that inject it live as long as the application
    @Produces
    @RequestScoped
    public Caller caller() {
        Caller.Role role = identity.hasRole(Roles.DOCTOR) ? Caller.Role.DOCTOR
                : identity.hasRole(Roles.PARTNER) ? Caller.Role.PARTNER
                : identity.hasRole(Roles.CORRESPONDANT) ? Caller.Role.CORRESPONDANT
                : identity.hasRole(Roles.ORGANISER) ? Caller.Role.ORGANISER : null;
        if (role == null) {
            throw ProblemException.forbidden("Your role does not allow this operation.");
        }
        String name = token.getClaim("preferred_username");
        String organisation = token.getClaim(PARTNER_ORGANISATION);
        if (role == Caller.Role.PARTNER && (organisation == null || organisation.isBlank())) {
            throw ProblemException.forbidden("This partner application is bound to no partner organisation (claim "
                    + PARTNER_ORGANISATION + "); ask the guichet's administrator to bind it.");
        }
        Caller caller = new Caller(role, token.getSubject(), name == null ? token.getSubject() : name,
                rpps(), departments(token.getClaim("departments")), token.getClaim("azp"),
                role == Caller.Role.PARTNER ? organisation : null);
        String email = token.getClaim("email");
        if (role == Caller.Role.CORRESPONDANT && email != null && !email.isBlank()) {
            String fullName = token.getClaim("name");
            correspondantSeen.fire(new CorrespondantSeen(caller.subject(), fullName == null ? caller.name() : fullName, email,
                    caller.departments()));
        }
        return caller;
    }

    /** The rpps claim, else the RPPS number in the Pro Santé Connect identifier; null when there is neither. */
    private String rpps() {
        String rpps = token.getClaim("rpps");
        if (rpps != null) {
            return rpps;
        }
        String nationalIdentifier = token.getClaim(NATIONAL_IDENTIFIER);
        return nationalIdentifier != null && nationalIdentifier.startsWith(RPPS_PREFIX)
                ? nationalIdentifier.substring(RPPS_PREFIX.length()) : null;
    }

    private static Set<String> departments(Object claim) {
        if (claim instanceof Collection<?> values) {
            return values.stream().map(CallerProducer::unquote).collect(Collectors.toUnmodifiableSet());
        }
        return claim == null ? Set.of() : Set.of(unquote(claim));
    }

    /** JSON-P string values print with their quotes. */
    private static String unquote(Object value) {
        String text = value.toString();
        return text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"") ? text.substring(1, text.length() - 1) : text;
    }
}
