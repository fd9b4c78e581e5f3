package fr.guichet.cases.casefile;

import java.util.UUID;

import fr.guichet.cases.security.Caller;
import fr.guichet.common.problem.Problem;
import fr.guichet.common.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;

/**
 * Who sees which case: a doctor their own, a correspondant those of their departments, a partner those
 * it created. Anything else answers 404, so that nobody learns that someone else's case exists. Changes
 * to a case present its ETag: none is 428, a stale one 412.
 */
@ApplicationScoped
public class CaseAccess {

    @Inject
    Caller caller;

    public CaseFile visible(UUID id) {
        CaseFile found = CaseFile.findById(id);
        if (found == null || !canSee(caller, found)) {
            throw notFound(id);
        }
        return found;
    }

    /** The case, locked for this transaction, after checking that the client changes the version it read. */
    public CaseFile forChange(UUID id, String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(Problem.of(428, "Precondition Required",
                    "Changes to a case need an If-Match header with the ETag of the version you read."));
        }
        CaseFile found = visible(id);
        // re-read under a row lock: concurrent changes queue here, and each sees the version the previous one left
        CaseFile.getEntityManager().refresh(found, LockModeType.PESSIMISTIC_WRITE);
        if (!found.etag().equals(ifMatch.trim().replaceFirst("^W/", ""))) {
            throw new ProblemException(Problem.of(412, "Precondition Failed",
                    "The case changed since you read it (now at version " + found.version + "); read it again."));
        }
        return found;
    }

    /** A case whose personal data was erased takes no new messages or documents: they would be personal data again. */
    public CaseFile acceptingContent(UUID id) {
        CaseFile found = visible(id);
        if (found.anonymisedAt != null) {
            throw ProblemException.conflict("Case " + found.reference + " was anonymised; it takes no new content.");
        }
        return found;
    }

    public static boolean canSee(Caller caller, CaseFile c) {
        return switch (caller.role()) {
            case DOCTOR -> caller.subject().equals(c.ownerSubject);
            case CORRESPONDANT -> caller.departments().contains(c.department);
            case PARTNER -> caller.clientId() != null && caller.clientId().equals(c.createdByClient);
        };
    }

    public static ProblemException notFound(UUID id) {
        return ProblemException.notFound("No case " + id + " among those you can see.");
    }
}
