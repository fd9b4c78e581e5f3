package fr.guichet.cases.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import fr.guichet.cases.plan.InstallationPlan.PlannedStep;

/**
 * Dates a case's steps, without any I/O. Forward: a step takes its lead time from the day its last predecessor is
 * (or can be) done — from today when it has none (AFTER_PREDECESSORS) — or is an act that must come its lead time
 * before the start (BEFORE_START), which gives the earliest feasible start; a step not done is never dated before
 * today. Backward from the planned start date:
 * the latest day each step may be done for the start to hold. An undated step has no dates and holds nobody back:
 * its time is unknown, so the dates of the others are the earliest the known lead times allow.
 */
public final class PlanCalculator {

    private final Map<String, StepRule> steps = new LinkedHashMap<>();
    private final Map<String, Integer> positions = new HashMap<>();
    private final Map<String, StepProgress> progress;
    private final LocalDate today;
    private final Map<String, Optional<LocalDate>> earliest = new HashMap<>();
    private final Map<String, Optional<LocalDate>> latest = new HashMap<>();
    /** The day the professional starts, for the steps that come after it: known once the dated steps are. */
    private LocalDate start;
    private LocalDate plannedStart;

    private PlanCalculator(List<StepRule> rules, Map<String, StepProgress> progress, LocalDate today) {
        rules.forEach(rule -> {
            positions.put(rule.code(), positions.size());
            steps.put(rule.code(), rule);
        });
        this.progress = progress;
        this.today = today;
    }

    /** The plan of steps listed in the order to show them; {@code progress} by step code, {@code plannedStart} may be null. */
    public static InstallationPlan plan(List<StepRule> rules, Map<String, StepProgress> progress, LocalDate today,
            LocalDate plannedStart) {
        return new PlanCalculator(rules, progress, today).plan(plannedStart);
    }

    private InstallationPlan plan(LocalDate planned) {
        plannedStart = planned;
        LocalDate feasible = earliestFeasibleStart();
        start = planned == null || planned.isBefore(feasible) ? feasible : planned;
        // the steps after the start were dated before it was known: date them again
        earliest.clear();
        List<String> criticalPath = criticalPath();
        PlanOutlook outlook = planned == null ? PlanOutlook.NO_PLANNED_START
                : feasible.isAfter(planned) ? PlanOutlook.AT_RISK : PlanOutlook.ON_TRACK;
        String riskStep = outlook == PlanOutlook.AT_RISK ? riskStep(criticalPath) : null;
        List<PlannedStep> dated = steps.values().stream().map(s -> view(s, criticalPath.contains(s.code()))).toList();
        return new InstallationPlan(today, plannedStart, feasible, outlook, riskStep, criticalPath, dated);
    }

    private LocalDate earliestFeasibleStart() {
        return steps.values().stream().map(this::startBound).flatMap(Optional::stream)
                .max(Comparator.naturalOrder()).filter(day -> day.isAfter(today)).orElse(today);
    }

    /** The earliest start a step allows: when it can be done, plus the lead time that must separate it from the start. */
    private Optional<LocalDate> startBound(StepRule s) {
        if (!s.holdsTheStart() || !s.dated()) {
            return Optional.empty();
        }
        int gap = s.anchor() == Anchor.BEFORE_START ? s.leadTimeDays() : 0;
        return earliest(s).map(day -> day.plusDays(gap));
    }

    private Optional<LocalDate> earliest(StepRule s) {
        return remembered(earliest, s, this::computeEarliest);
    }

    private Optional<LocalDate> computeEarliest(StepRule s) {
        if (done(s)) {
            LocalDate doneOn = progress.get(s.code()).doneOn();
            return Optional.of(doneOn == null ? today : doneOn);
        }
        if (!s.dated()) {
            return Optional.empty();
        }
        LocalDate ready = predecessors(s).stream().map(this::earliest).flatMap(Optional::stream)
                .max(Comparator.naturalOrder()).orElse(today);
        return Optional.of(later(today, switch (s.anchor()) {
            case AFTER_PREDECESSORS -> ready.plusDays(s.leadTimeDays());
            case BEFORE_START -> ready;
            case AFTER_START -> start == null ? ready : later(ready, start);
        }));
    }

    private Optional<LocalDate> latest(StepRule s) {
        return remembered(latest, s, this::computeLatest);
    }

    /** Each date once: the walks reach a step through each of its successors or predecessors. */
    private static Optional<LocalDate> remembered(Map<String, Optional<LocalDate>> dates, StepRule s,
            Function<StepRule, Optional<LocalDate>> compute) {
        // not computeIfAbsent: the computation recurses into the same map
        Optional<LocalDate> known = dates.get(s.code());
        if (known == null) {
            known = compute.apply(s);
            dates.put(s.code(), known);
        }
        return known;
    }

    /** The latest day for the planned start to hold: its own anchor's, and early enough for every dated successor. */
    private Optional<LocalDate> computeLatest(StepRule s) {
        if (plannedStart == null || !s.dated()) {
            return Optional.empty();
        }
        LocalDate due = switch (s.anchor()) {
            case AFTER_PREDECESSORS -> plannedStart;
            case BEFORE_START -> plannedStart.minusDays(s.leadTimeDays());
            case AFTER_START -> plannedStart.plusDays(s.leadTimeDays());
        };
        for (StepRule successor : successors(s)) {
            Optional<LocalDate> successorDue = latest(successor);
            if (successorDue.isPresent()) {
                int takes = successor.anchor() == Anchor.AFTER_PREDECESSORS ? successor.leadTimeDays() : 0;
                LocalDate needed = successorDue.get().minusDays(takes);
                due = needed.isBefore(due) ? needed : due;
            }
        }
        return Optional.of(due);
    }

    /**
     * From the step that sets the earliest feasible start back through the predecessors that hold each one back (the
     * latest of its predecessors still to do), first to last; empty when no step holds the start beyond today.
     */
    private List<String> criticalPath() {
        Optional<StepRule> last = steps.values().stream().filter(s -> startBound(s).filter(today::isBefore).isPresent())
                .max(Comparator.comparing((StepRule s) -> startBound(s).orElseThrow())
                        .thenComparing(Comparator.comparingInt((StepRule s) -> position(s)).reversed()));
        List<String> path = new ArrayList<>();
        StepRule current = last.orElse(null);
        while (current != null) {
            path.add(current.code());
            current = done(current) ? null : predecessors(current).stream()
                    .filter(p -> !done(p) && earliest(p).isPresent())
                    .max(Comparator.comparing((StepRule p) -> earliest(p).orElseThrow())
                            .thenComparing(Comparator.comparingInt((StepRule p) -> position(p)).reversed()))
                    .orElse(null);
        }
        Collections.reverse(path);
        return path;
    }

    /** The longest step still to come on the critical path; the path's last step when all of it is done. */
    private String riskStep(List<String> criticalPath) {
        return criticalPath.stream().map(steps::get).filter(s -> !done(s))
                .max(Comparator.comparingInt((StepRule s) -> s.leadTimeDays())
                        .thenComparing(Comparator.comparingInt((StepRule s) -> position(s)).reversed()))
                .map(StepRule::code)
                .orElse(criticalPath.isEmpty() ? null : criticalPath.get(criticalPath.size() - 1));
    }

    private PlannedStep view(StepRule s, boolean critical) {
        StepProgress p = progress.get(s.code());
        Optional<LocalDate> due = latest(s);
        PlanStepStatus status = done(s) ? PlanStepStatus.DONE
                : !s.dated() ? PlanStepStatus.UNDATED
                : due.isPresent() && today.isAfter(due.get()) ? PlanStepStatus.LATE : PlanStepStatus.PENDING;
        return new PlannedStep(s.code(), s.label(), s.ownerKind(), p == null ? null : p.ownerOrg(), s.predecessors(),
                s.leadTimeDays(), s.anchor(), s.dated() ? null : s.note(), due.orElse(null), earliest(s).orElse(null),
                status, critical, p == null ? null : p.taskStatus(), p == null ? null : p.doneOn(), s.source());
    }

    private boolean done(StepRule s) {
        StepProgress p = progress.get(s.code());
        return p != null && p.finished();
    }

    private List<StepRule> predecessors(StepRule s) {
        return s.predecessors().stream().map(steps::get).filter(p -> p != null).toList();
    }

    private List<StepRule> successors(StepRule s) {
        return steps.values().stream().filter(other -> other.predecessors().contains(s.code())).toList();
    }

    private int position(StepRule s) {
        return positions.get(s.code());
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
