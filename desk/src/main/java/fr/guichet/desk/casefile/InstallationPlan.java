package fr.guichet.desk.casefile;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import fr.guichet.desk.vocabulary.PlanOutlook;
import fr.guichet.desk.vocabulary.PlanStepStatus;

/** The dated plan the API computes for a case: each step's dates, the critical path, and whether the start holds. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record InstallationPlan(LocalDate asOf, LocalDate plannedStartDate, LocalDate earliestFeasibleStartDate,
        PlanOutlook outlook, String riskStep, List<String> criticalPath, List<Step> steps) {

    public InstallationPlan {
        criticalPath = criticalPath == null ? List.of() : criticalPath;
        steps = steps == null ? List.of() : steps;
    }

    public boolean atRisk() {
        return outlook == PlanOutlook.AT_RISK;
    }

    /** The label of the step that puts the start at risk (its code when no step bears it). */
    public String riskStepLabel() {
        return steps.stream().filter(s -> s.code().equals(riskStep)).map(Step::label).findFirst().orElse(riskStep);
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Step(String code, String label, String ownerKind, String ownerOrg, Integer leadTimeDays,
            String undatedReason, LocalDate latestDueDate, LocalDate earliestDate, PlanStepStatus status, boolean critical,
            LocalDate doneOn) {
    }
}
