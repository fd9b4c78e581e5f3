package fr.guichet.cases.plan;

import java.util.List;

/**
 * A step of one case's plan, before it is dated: the plan_step row as it applies to the case (an aid's filing step
 * named after the aid), with the predecessors the case has too. {@code leadTimeDays} null: undated, {@code note} says
 * why. {@code taskCode}: the checklist task the step follows, if any.
 */
public record StepRule(String code, String label, String ownerKind, List<String> predecessors, Integer leadTimeDays,
        Anchor anchor, String note, String source, String taskCode) {

    boolean dated() {
        return leadTimeDays != null;
    }

    /** Must be done by the start date (or some days before it): such steps decide the earliest feasible start. */
    boolean holdsTheStart() {
        return anchor != Anchor.AFTER_START;
    }
}
