package fr.guichet.cases.policy;

import java.util.Set;
import java.util.UUID;

import fr.guichet.common.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The one place that answers "may this caller see or do this": which cases they see (the list and the
 * single read share {@link #visibility}), what they may do on a case they see, and which departments
 * their indicators cover. A case outside their view is 404, so that nobody learns it exists; an action
 * their role may not take on a case they see is 403.
 */
@ApplicationScoped
public class CasePolicy {

    @Inject
    Caller caller;

    @Inject
    CaseDirectory cases;

    public Visibility visibility() {
        return switch (caller.role()) {
            case DOCTOR -> new Visibility.OwnCases(caller.subject());
            case CORRESPONDANT -> new Visibility.Departments(caller.departments());
            case PARTNER -> new Visibility.Organisation(caller.organisation());
            case ORGANISER -> new Visibility.Departments(Set.of());
        };
    }

    /** The case, if the caller sees it and may take this action on it. */
    public <C extends GuardedCase> C require(C c, CaseAction action) {
        if (!visibility().includes(c)) {
            throw notFound(c.caseId());
        }
        if (!action.allows(caller.role())) {
            throw ProblemException.forbidden(action.refusal());
        }
        return c;
    }

    public GuardedCase require(UUID id, CaseAction action) {
        return require(cases.find(id).orElseThrow(() -> notFound(id)), action);
    }

    /** As {@link #require}, for an action that adds personal data: an anonymised case takes none. */
    public GuardedCase requireAcceptingContent(UUID id, CaseAction action) {
        GuardedCase c = require(id, action);
        if (c.anonymised()) {
            throw ProblemException.conflict("This case was anonymised; it takes no new content.");
        }
        return c;
    }

    public boolean may(CaseAction action) {
        return action.allows(caller.role());
    }

    /**
     * A correspondant acts within the departments they cover: a change may not move a case out of them. An organiser
     * refers people only to the correspondants of its own territory.
     */
    public void requireCovers(String department) {
        if ((caller.is(Caller.Role.CORRESPONDANT) || caller.is(Caller.Role.ORGANISER))
                && !caller.departments().contains(department)) {
            throw ProblemException.forbidden("You do not cover department " + department + ".");
        }
    }

    /** A doctor's right of access is to their own data: another RPPS is 404, as if nothing were held. */
    public void requireOwnData(String rpps) {
        if (caller.is(Caller.Role.DOCTOR) && !rpps.equals(caller.rpps())) {
            throw ProblemException.notFound("No data you can see for this RPPS.");
        }
    }

    /**
     * What a GDPR export includes: for the professional, every case held under their RPPS, whoever opened it;
     * for staff, what they see.
     */
    public boolean includesInExport(GuardedCase c) {
        return caller.is(Caller.Role.DOCTOR) || visibility().includes(c);
    }

    /**
     * The departments the caller's indicators cover: the one asked for, which they must cover, or all of
     * theirs (possibly none).
     */
    public Set<String> indicatorDepartments(String requested) {
        if (requested == null) {
            return departmentsInCharge();
        }
        requireCovers(requested);
        return Set.of(requested);
    }

    /** The departments whose cases a correspondant handles (none for other callers). */
    public Set<String> departmentsInCharge() {
        return caller.is(Caller.Role.CORRESPONDANT) ? caller.departments() : Set.of();
    }

    /**
     * Whether the caller sees the quick requests of this department: the correspondants who cover it, nobody
     * else. A request outside their view is 404, as a case is.
     */
    public boolean seesRequestsOf(String department) {
        return departmentsInCharge().contains(department);
    }

    /** Which messages of the thread the caller reads. */
    public enum ThreadView {
        WHOLE, WITHOUT_INTERNAL_NOTES, ADDRESSED_TO_PARTNERS
    }

    /** Staff read the whole thread, the professional all but the internal notes, a partner only what is addressed to partners. */
    public ThreadView threadView() {
        return switch (caller.role()) {
            case CORRESPONDANT -> ThreadView.WHOLE;
            case DOCTOR -> ThreadView.WITHOUT_INTERNAL_NOTES;
            case PARTNER, ORGANISER -> ThreadView.ADDRESSED_TO_PARTNERS;
        };
    }

    /** What a partner says on a case, it says to the table: its messages are addressed to the partners too. */
    public boolean addressesPartners(boolean requested) {
        return requested || caller.is(Caller.Role.PARTNER);
    }

    /**
     * Whether the caller reads the whole of a task owned by this organisation (its note, blocked reason, missing
     * pieces), or only where it stands: a partner reads the whole of its own tasks only.
     */
    public boolean readsWholeTask(String owner) {
        return may(CaseAction.READ_EVERY_TASK_REMARK) || caller.organisation().equals(owner);
    }

    /** A partner changes its own organisation's tasks only: another's, on a case it sees, is 403. */
    public void requireOwnTask(String owner) {
        if (!readsWholeTask(owner)) {
            throw ProblemException.forbidden("This task is " + (owner == null ? "followed by the guichet" : owner + "'s")
                    + "; a partner changes only its own organisation's tasks.");
        }
    }

    /**
     * Whether the caller reads a document attached to a task of this owner ({@code attached} false: to none): a
     * partner reads only those of its own tasks.
     */
    public boolean readsDocumentOf(boolean attached, String taskOwner) {
        return !caller.is(Caller.Role.PARTNER) || attached && caller.organisation().equals(taskOwner);
    }

    /** A partner attaches its documents to one of its own tasks. */
    public void requireMayAttachTo(boolean attached, String taskOwner) {
        if (caller.is(Caller.Role.PARTNER)) {
            if (!attached) {
                throw ProblemException.invalid("taskId", "is required of a partner: a document goes with one of its tasks");
            }
            requireOwnTask(taskOwner);
        }
    }

    /** The organisation a correction request is asked in the name of: the partner's, none for the guichet's staff. */
    public String askingOrganisation() {
        return caller.is(Caller.Role.PARTNER) ? caller.organisation() : null;
    }

    /** A partner settles only the correction requests its organisation made; the guichet's staff settle any. */
    public void requireAsker(String askingOrganisation) {
        if (caller.is(Caller.Role.PARTNER) && !caller.organisation().equals(askingOrganisation)) {
            throw ProblemException.forbidden("This correction was asked by " + (askingOrganisation == null ? "the guichet"
                    : askingOrganisation) + "; a partner settles only its own organisation's requests.");
        }
    }

    /** The organisation whose open tasks the caller lists ({@code mine=tasks}): partners only. */
    public String organisationForOwnTasks() {
        if (!caller.is(Caller.Role.PARTNER)) {
            throw ProblemException.invalid("mine", "tasks is for partner applications, which own tasks");
        }
        return caller.organisation();
    }

    public static ProblemException notFound(UUID id) {
        return ProblemException.notFound("No case " + id + " among those you can see.");
    }
}
