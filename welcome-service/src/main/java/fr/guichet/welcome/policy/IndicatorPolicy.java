package fr.guichet.welcome.policy;

import java.util.Set;

import fr.guichet.common.problem.ProblemException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/**
 * The one place that answers "whose figures may this caller read": an organiser reads its own organisation's, in the
 * departments of its territory; a correspondant reads every organisation acting in the departments they cover, or one
 * of them. A department outside the caller's territory, or another organisation's figures asked by an organiser, is 403.
 */
@RequestScoped
public class IndicatorPolicy {

    @Inject
    EventPolicy callers;

    /**
     * Whose figures the caller reads, narrowed to the department and organisation asked for (each null when not asked).
     */
    public Reach reach(String department, String organisation) {
        Caller caller = callers.caller().orElseThrow(() -> ProblemException.forbidden("Your role does not allow this operation."));
        if (department != null && !caller.covers(department)) {
            throw ProblemException.forbidden("Department " + department + " is outside your territory.");
        }
        Set<String> departments = department == null ? caller.departments() : Set.of(department);
        if (caller.role() == Caller.Role.CORRESPONDANT) {
            return new Reach(organisation, departments);
        }
        if (organisation != null && !organisation.equals(caller.organisation())) {
            throw ProblemException.forbidden("An organiser reads its own organisation's figures only.");
        }
        return new Reach(caller.organisation(), departments);
    }

    /** The departments counted, and the one organisation counted (null: every organisation acting there). */
    public record Reach(String organisation, Set<String> departments) {
    }
}
