package fr.guichet.cases.casefile;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import fr.guichet.cases.policy.CaseAction;
import fr.guichet.cases.policy.CasePolicy;
import fr.guichet.common.api.IfMatch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;

/**
 * Loads a case for an action the policy allows (else 404 or 403) and versions its changes: a change
 * presents the ETag it read (none is 428, a stale one 412), and every change moves the version.
 */
@ApplicationScoped
public class CaseAccess {

    @Inject
    CasePolicy policy;

    @Inject
    Clock clock;

    public CaseFile visible(UUID id) {
        return allowed(id, CaseAction.READ);
    }

    public CaseFile allowed(UUID id, CaseAction action) {
        CaseFile found = CaseFile.findById(id);
        if (found == null) {
            throw CasePolicy.notFound(id);
        }
        return policy.require(found, action);
    }

    /** The case, locked for this transaction, after checking that the client changes the version it read. */
    public CaseFile forChange(UUID id, String ifMatch, CaseAction action) {
        IfMatch.requirePresent(ifMatch, "case");
        CaseFile found = allowed(id, action);
        // re-read under a row lock: concurrent changes queue here, and each sees the version the previous one left
        CaseFile.getEntityManager().refresh(found, LockModeType.PESSIMISTIC_WRITE);
        IfMatch.requireCurrent(ifMatch, found.version, "case");
        return found;
    }

    /** The organisations that own a task on the case sit at its table, and see it from now on. */
    public void seatAtTheTable(CaseFile c, Collection<String> organisations) {
        if (!c.partnerOrganisations.containsAll(organisations)) {
            Set<String> seated = new TreeSet<>(c.partnerOrganisations);
            seated.addAll(organisations);
            c.partnerOrganisations = seated;
        }
    }

    /**
     * Dirties the case and flushes, so that its version moves now: every change of it, or of what hangs on
     * it, makes older ETags stale, and the answer carries the new one.
     */
    public void touch(CaseFile c) {
        c.updatedAt = Instant.now(clock);
        CaseFile.getEntityManager().flush();
    }
}
