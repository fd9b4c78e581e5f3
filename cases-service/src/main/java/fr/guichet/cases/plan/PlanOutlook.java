package fr.guichet.cases.plan;

public enum PlanOutlook {
    /** The planned start date can hold. */
    ON_TRACK,
    /** The planned start date can no longer hold: the earliest feasible start is later. */
    AT_RISK,
    /** The case has no planned start date: the plan gives the earliest feasible one. */
    NO_PLANNED_START
}
