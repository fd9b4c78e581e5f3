package fr.guichet.cases.plan;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A case's dated installation plan, computed on read from the case's facts, its tasks and the plan steps' lead times:
 * it follows every task done and every date moved without anything to refresh.
 */
public record InstallationPlan(
        @Schema(description = "The day the plan was computed for (Europe/Paris)") LocalDate asOf,
        LocalDate plannedStartDate,
        @Schema(description = "The earliest start date the dated steps allow, walking forward from today and the steps done")
        LocalDate earliestFeasibleStartDate,
        PlanOutlook outlook,
        @Schema(description = "When AT_RISK: the step that makes it so, the longest step still to come on the critical path")
        String riskStep,
        @Schema(description = "Codes of the chain of dated steps that decides the earliest feasible start, first to last")
        List<String> criticalPath,
        List<PlannedStep> steps) {

    /** One step of the plan, dated when its lead time is known. */
    public record PlannedStep(
            String code,
            String label,
            @Schema(description = "The kind of organisation that does it (ORDRE, ANS, CPAM, URSSAF, CARMF, PROFESSIONAL, "
                    + "the aid's funder...)") String ownerKind,
            @Schema(description = "The partner organisation that owns the matching task, if any") String ownerOrg,
            List<String> predecessors,
            @Schema(description = "Null: no lead time is known, and undatedReason says why") Integer leadTimeDays,
            Anchor anchor,
            String undatedReason,
            @Schema(description = "The last day it may be done for the planned start date to hold, walking back from it")
            LocalDate latestDueDate,
            @Schema(description = "The earliest day it can be done, walking forward from today and the steps done; "
                    + "the day it was done when done") LocalDate earliestDate,
            PlanStepStatus status,
            boolean critical,
            @Schema(description = "The status of the matching task, if the case has one") String taskStatus,
            LocalDate doneOn,
            String source) {
    }
}
