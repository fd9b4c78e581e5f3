package fr.guichet.cases.policy;

import static fr.guichet.cases.policy.Caller.Role.CORRESPONDANT;
import static fr.guichet.cases.policy.Caller.Role.DOCTOR;
import static fr.guichet.cases.policy.Caller.Role.PARTNER;

import java.util.EnumSet;
import java.util.Set;

/** What a caller may do on a case they see, and who may do it. */
public enum CaseAction {
    READ(EnumSet.of(DOCTOR, PARTNER, CORRESPONDANT), null),
    READ_TASKS(EnumSet.of(DOCTOR, PARTNER, CORRESPONDANT), null),
    READ_HISTORY(EnumSet.of(DOCTOR, PARTNER, CORRESPONDANT), null),
    READ_AIDS(EnumSet.of(DOCTOR, PARTNER, CORRESPONDANT), null),
    READ_ELIGIBILITY(EnumSet.of(DOCTOR, PARTNER, CORRESPONDANT), null),
    CHANGE_PROJECT(EnumSet.of(DOCTOR, CORRESPONDANT), "Partners read the cases they filed; the correspondant changes them."),
    ASSIGN(EnumSet.of(CORRESPONDANT), "Only the guichet's staff assign a case."),
    MOVE(EnumSet.of(CORRESPONDANT), "Only the guichet's staff move a case through its steps; a professional may abandon their own case."),
    ABANDON(EnumSet.of(DOCTOR, CORRESPONDANT), "Only the professional or the guichet's staff abandon a case."),
    /** A partner changes only its organisation's tasks: {@link CasePolicy#requireOwnTask}. */
    CHANGE_TASK(EnumSet.of(PARTNER, CORRESPONDANT), "The guichet's staff and the task's owner record its progress."),
    SELECT_AID(EnumSet.of(CORRESPONDANT), "Only the guichet's staff select aids for a case."),
    RECORD_AID_PROGRESS(EnumSet.of(CORRESPONDANT), "Only the guichet's staff record what became of an aid (filed, signed, paid...)."),
    /** A partner reads only the messages addressed to the partners: {@link CasePolicy#threadView}. */
    READ_MESSAGES(EnumSet.of(DOCTOR, PARTNER, CORRESPONDANT), null),
    POST_MESSAGE(EnumSet.of(DOCTOR, PARTNER, CORRESPONDANT), null),
    READ_INTERNAL_NOTES(EnumSet.of(CORRESPONDANT), "Internal notes are for staff only."),
    /** What owners write on every task (notes, blocked reasons, missing pieces); a partner reads those of its own tasks. */
    READ_EVERY_TASK_REMARK(EnumSet.of(DOCTOR, CORRESPONDANT), "A partner reads the remarks of its own tasks only."),
    WRITE_INTERNAL_NOTE(EnumSet.of(CORRESPONDANT), "Only staff write internal notes."),
    /** A partner reads and adds only the documents of its organisation's tasks: {@link CasePolicy#readsDocumentOf}. */
    READ_DOCUMENTS(EnumSet.of(DOCTOR, PARTNER, CORRESPONDANT), null),
    ADD_DOCUMENT(EnumSet.of(DOCTOR, PARTNER, CORRESPONDANT), null),
    /** A partner reads only the correction requests on its own tasks: {@link CasePolicy#readsWholeTask}. */
    READ_CORRECTIONS(EnumSet.of(DOCTOR, PARTNER, CORRESPONDANT), null),
    /** A partner asks only about its own tasks: {@link CasePolicy#requireOwnTask}. */
    REQUEST_CORRECTION(EnumSet.of(PARTNER, CORRESPONDANT), "The guichet's staff and the task's owner ask the professional for a correction."),
    ANSWER_CORRECTION(EnumSet.of(DOCTOR), "Only the professional answers a correction request."),
    /** Accept, reopen or cancel: a partner only the requests its organisation made, {@link CasePolicy#requireAsker}. */
    SETTLE_CORRECTION(EnumSet.of(PARTNER, CORRESPONDANT), "Only the side that asked for a correction accepts, reopens or cancels it.");

    private final Set<Caller.Role> allowed;
    private final String refusal;

    CaseAction(Set<Caller.Role> allowed, String refusal) {
        this.allowed = allowed;
        this.refusal = refusal;
    }

    boolean allows(Caller.Role role) {
        return allowed.contains(role);
    }

    String refusal() {
        return refusal;
    }
}
