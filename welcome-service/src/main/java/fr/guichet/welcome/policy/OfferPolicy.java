package fr.guichet.welcome.policy;

import java.time.Clock;
import java.time.LocalDate;

import fr.guichet.common.problem.ProblemException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/**
 * The one place that answers "may this caller see or change this offer", with the callers {@link EventPolicy} reads from
 * the token. An offer the caller may not see (a draft, an expired, filled or withdrawn offer of another organisation, an
 * unknown id) is 404; a change of an offer they see but their organisation does not publish is 403. The correspondants
 * of its department read every offer, and change none.
 */
@RequestScoped
public class OfferPolicy {

    @Inject
    EventPolicy callers;

    @Inject
    Clock clock;

    public <O extends GuardedOffer> O requireVisible(O offer) {
        if (!offer.publicOn(LocalDate.now(clock)) && !manages(offer)) {
            throw ProblemException.notFound("No such offer among those you may see.");
        }
        return offer;
    }

    public <O extends GuardedOffer> O requireEditable(O offer) {
        requireVisible(offer);
        if (!callers.caller().map(c -> c.isOrganiserOf(offer.organisation())).orElse(false)) {
            throw ProblemException.forbidden("This offer is published by another organisation; only its organisers change it.");
        }
        return offer;
    }

    /** The organisation a new offer of this department is published by: the organiser's, if its territory has it. */
    public String requireOrganiserIn(String department) {
        return callers.requireOrganiserIn(department, "Only organisers publish offers.");
    }

    /** Which offers the caller manages, for their list: their organisation's, or those of their departments. */
    public EventPolicy.ManagedScope managedScope() {
        return callers.managedScope();
    }

    private boolean manages(GuardedOffer offer) {
        return callers.manages(offer.organisation(), offer.department());
    }
}
