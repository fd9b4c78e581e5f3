package fr.guichet.cases.plan;

public enum PlanStepStatus {
    /** Its task is finished (done, or not applicable). */
    DONE,
    PENDING,
    /** Today is past its latest due date. */
    LATE,
    /** No lead time is known for it: the plan gives it no date rather than invent one. */
    UNDATED
}
