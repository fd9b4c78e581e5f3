package fr.guichet.welcome.policy;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.microprofile.jwt.JsonWebToken;

import fr.guichet.common.problem.ProblemException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/**
 * The one place that answers "may this caller see or do this" for events and their registrations. An event the
 * caller may not see (a draft of another organisation, an unknown id) is 404, so that nobody learns it exists; an
 * action on an event they see but do not hold (another organisation's published event) is 403. An organiser changes
 * only its own organisation's events, in its own departments; a correspondant reads every event of their departments,
 * drafts and registrants included, and changes none.
 */
@RequestScoped
public class EventPolicy {

    /** The claim a Keycloak mapper sets from the organiser's user attribute: the code of its organisation. */
    static final String ORGANISATION_CLAIM = "organiser_org";
    static final String DEPARTMENTS_CLAIM = "departments";

    @Inject
    SecurityIdentity identity;

    @Inject
    JsonWebToken token;

    private Optional<Caller> caller;

    /** The caller, when a token with one of this service's roles came; empty for the public. */
    public Optional<Caller> caller() {
        if (caller == null) {
            caller = Optional.ofNullable(readCaller());
        }
        return caller;
    }

    /** Who is acting, for the record and for the scope of their Idempotency-Keys; "public" without a token. */
    public String actor() {
        return caller().map(Caller::name).orElse("public");
    }

    /** The event, if the caller may read it. */
    public <E extends GuardedEvent> E requireVisible(E event) {
        if (!sees(event)) {
            throw notFound();
        }
        return event;
    }

    /** The event, if the caller's organisation holds it. */
    public <E extends GuardedEvent> E requireEditable(E event) {
        requireVisible(event);
        if (!caller().map(c -> c.isOrganiserOf(event.organisation())).orElse(false)) {
            throw ProblemException.forbidden("This event is held by another organisation; only its organisers change it.");
        }
        return event;
    }

    /** The event, if the caller may read the personal data of its registrants. */
    public <E extends GuardedEvent> E requireRegistrantsReadable(E event) {
        requireVisible(event);
        if (!manages(event)) {
            throw ProblemException.forbidden("The registrants of this event are for its organisers and the correspondants "
                    + "of its department only.");
        }
        return event;
    }

    /** The organisation a new event of this department is held by: the organiser's, if its territory has it. */
    public String requireOrganiserIn(String department) {
        return requireOrganiserIn(department, "Only organisers hold events.");
    }

    /**
     * The organisation that holds a new event, offer or testimonial of this department: the calling organiser's, if
     * its territory has the department; anyone else is refused with {@code notAnOrganiser}.
     */
    String requireOrganiserIn(String department, String notAnOrganiser) {
        Caller organiser = caller().filter(c -> c.role() == Caller.Role.ORGANISER)
                .orElseThrow(() -> ProblemException.forbidden(notAnOrganiser));
        if (!organiser.covers(department)) {
            throw ProblemException.forbidden("Department " + department + " is outside your organisation's territory.");
        }
        return organiser.organisation();
    }

    /** Which events the caller manages, for their list: their organisation's, or those of their departments. */
    public ManagedScope managedScope() {
        Caller c = caller().orElseThrow(() -> ProblemException.forbidden("Your role does not allow this operation."));
        return c.role() == Caller.Role.ORGANISER ? new ManagedScope(c.organisation(), null) : new ManagedScope(null, c.departments());
    }

    /** Events of one organisation, or of some departments (exactly one of the two is set). */
    public record ManagedScope(String organisation, Set<String> departments) {
    }

    private boolean sees(GuardedEvent event) {
        return event.publiclyVisible() || manages(event);
    }

    private boolean manages(GuardedEvent event) {
        return manages(event.organisation(), event.department());
    }

    /** Whether the caller follows what this organisation holds in this department (see {@link Caller#manages}). */
    boolean manages(String holder, String department) {
        return caller().map(c -> c.manages(holder, department)).orElse(false);
    }

    private static ProblemException notFound() {
        return ProblemException.notFound("No such event among those you may see.");
    }

    /**
     * An organiser token wins over a correspondant one (it is the narrower view of personal data); an organiser
     * without an organisation claim is refused rather than guessed.
     */
    private Caller readCaller() {
        if (identity.isAnonymous()) {
            return null;
        }
        Set<String> departments = departments(token.getClaim(DEPARTMENTS_CLAIM));
        String name = token.getClaim("preferred_username");
        if (identity.hasRole(Roles.ORGANISER)) {
            String organisation = token.getClaim(ORGANISATION_CLAIM);
            if (organisation == null || organisation.isBlank()) {
                throw ProblemException.forbidden("This organiser account is bound to no organisation (claim "
                        + ORGANISATION_CLAIM + "); ask the guichet's administrator to bind it.");
            }
            return new Caller(Caller.Role.ORGANISER, name, organisation, departments);
        }
        if (identity.hasRole(Roles.CORRESPONDANT)) {
            return new Caller(Caller.Role.CORRESPONDANT, name, null, departments);
        }
        return null;
    }

    private static Set<String> departments(Object claim) {
        if (claim instanceof Collection<?> values) {
            return values.stream().map(EventPolicy::unquote).collect(Collectors.toUnmodifiableSet());
        }
        return claim == null ? Set.of() : Set.of(unquote(claim));
    }

    /** JSON-P string values print with their quotes. */
    private static String unquote(Object value) {
        String text = value.toString();
        return text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"") ? text.substring(1, text.length() - 1) : text;
    }
}
