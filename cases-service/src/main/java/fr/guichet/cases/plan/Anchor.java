package fr.guichet.cases.plan;

/** How a step's lead time is read: from its predecessors, or from the planned start date, before or after it. */
public enum Anchor {
    /** The step takes its lead time once its predecessors are done, and must be done by the start date. */
    AFTER_PREDECESSORS,
    /** The step, an act done at once, must be done at least its lead time before the start date. */
    BEFORE_START,
    /** The step must be done within its lead time after the start date. */
    AFTER_START
}
