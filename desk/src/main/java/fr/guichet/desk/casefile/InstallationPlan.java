package fr.guichet.desk.casefile;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** The dated plan the API computes for a case: each step's dates, the critical path, and whether the start holds. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record InstallationPlan(LocalDate asOf, LocalDate plannedStartDate, LocalDate earliestFeasibleStartDate,
        Outlook outlook, String riskStep, List<String> criticalPath, List<Step> steps) {

    public InstallationPlan {
        criticalPath = criticalPath == null ? List.of() : criticalPath;
        steps = steps == null ? List.of() : steps;
    }

    public boolean atRisk() {
        return outlook == Outlook.AT_RISK;
    }

    /** The label of the step that puts the start at risk (its code when no step bears it). */
    public String riskStepLabel() {
        return steps.stream().filter(s -> s.code().equals(riskStep)).map(Step::label).findFirst().orElse(riskStep);
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Step(String code, String label, String ownerKind, String ownerOrg, Integer leadTimeDays,
            String undatedReason, LocalDate latestDueDate, LocalDate earliestDate, StepStatus status, boolean critical,
            LocalDate doneOn) {
    }

    public enum Outlook {
        ON_TRACK("Dans les temps", "fr-badge fr-badge--success"),
        AT_RISK("Date de début compromise", "fr-badge fr-badge--warning"),
        NO_PLANNED_START("Pas de date de début prévue", "fr-badge");

        private final String label;
        private final String badge;

        Outlook(String label, String badge) {
            this.label = label;
            this.badge = badge;
        }

        public String label() {
            return label;
        }

        public String badge() {
            return badge;
        }
    }

    public enum StepStatus {
        DONE("Fait", "fr-badge fr-badge--success"),
        PENDING("À venir", "fr-badge fr-badge--info"),
        LATE("En retard", "fr-badge fr-badge--error"),
        UNDATED("Non daté", "fr-badge");

        private final String label;
        private final String badge;

        StepStatus(String label, String badge) {
            this.label = label;
            this.badge = badge;
        }

        public String label() {
            return label;
        }

        public String badge() {
            return badge;
        }
    }
}
