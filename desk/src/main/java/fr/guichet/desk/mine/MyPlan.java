package fr.guichet.desk.mine;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import fr.guichet.desk.vocabulary.PlanOutlook;
import fr.guichet.desk.vocabulary.PlanStepStatus;

/** GET /api/cases/{id}/plan: the steps to my planned start date, each with the last day it may be done. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MyPlan(LocalDate plannedStartDate, LocalDate earliestFeasibleStartDate, PlanOutlook outlook,
        String riskStep, List<Step> steps) {

    public MyPlan {
        steps = steps == null ? List.of() : steps;
    }

    public boolean atRisk() {
        return outlook == PlanOutlook.AT_RISK;
    }

    /** The label of the step that puts the start date at risk. */
    public String riskStepLabel() {
        return steps.stream().filter(s -> s.code().equals(riskStep)).map(Step::label).findFirst().orElse(riskStep);
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Step(String code, String label, String ownerKind, LocalDate latestDueDate, LocalDate earliestDate,
            PlanStepStatus status, String undatedReason, LocalDate doneOn) {

        public String owner() {
            return Owners.label(ownerKind);
        }
    }
}
