package fr.guichet.welcome.policy;

import fr.guichet.common.problem.ProblemException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/**
 * Who may see or moderate a testimonial, by the same rules as events (the caller read by {@link EventPolicy}): an
 * organiser writes and moderates the testimonials of its organisation, in its territory; a correspondant reads those of
 * their departments and changes none; the public reads published ones only. One the caller may not see is 404.
 */
@RequestScoped
public class TestimonialPolicy {

    @Inject
    EventPolicy events;

    /** The organisation a new testimonial of this department belongs to: the organiser's, if its territory has it. */
    public String requireOrganiserIn(String department) {
        return events.requireOrganiserIn(department, "Only organisers write testimonials.");
    }

    /** Whether the caller reads this testimonial whatever its status: its organisers and the department's correspondants. */
    public boolean manages(String organisation, String department) {
        return events.manages(organisation, department);
    }

    /** Refuses a testimonial the caller may not see (404) or may see but not moderate (403). */
    public void requireModerator(String organisation, String department, boolean publiclyVisible) {
        if (!publiclyVisible && !manages(organisation, department)) {
            throw notFound();
        }
        if (!events.caller().map(c -> c.isOrganiserOf(organisation)).orElse(false)) {
            throw ProblemException.forbidden("This testimonial is held by another organisation; only its organisers change it.");
        }
    }

    /** Who is acting, for the record (consent, publication, withdrawal). */
    public String actor() {
        return events.actor();
    }

    /** Testimonials of one organisation, or of some departments, for the caller's list. */
    public EventPolicy.ManagedScope managedScope() {
        return events.managedScope();
    }

    public static ProblemException notFound() {
        return ProblemException.notFound("No such testimonial among those you may see.");
    }
}
