package fr.guichet.cases.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import fr.guichet.cases.plan.InstallationPlan.PlannedStep;

/**
 * A liberal GP's steps as seeded (lead times of domain.md §3), dated on Monday 4 January 2027: the Ordre takes 90
 * days, the CPS card 15 more, the installation is declared 30 days ahead, the CPAM by the start, the CARMF within 30
 * days after it; URSSAF has no lead time.
 */
class PlanCalculatorTest {

    private static final LocalDate TODAY = LocalDate.of(2027, 1, 4);

    private static final List<StepRule> LIBERAL_GP = List.of(
            step("RCP_INSURANCE", 0, Anchor.BEFORE_START),
            step("ORDRE_REGISTRATION", 90, Anchor.AFTER_PREDECESSORS, "RCP_INSURANCE"),
            step("CPS_CARD", 15, Anchor.AFTER_PREDECESSORS, "ORDRE_REGISTRATION"),
            step("ORDRE_INSTALLATION_DECLARATION", 30, Anchor.BEFORE_START, "ORDRE_REGISTRATION"),
            step("CPAM_CONVENTIONNEMENT", 0, Anchor.BEFORE_START, "ORDRE_REGISTRATION"),
            step("URSSAF_DECLARATION", null, Anchor.AFTER_START),
            step("CARMF_AFFILIATION", 30, Anchor.AFTER_START, "ORDRE_REGISTRATION"));

    private static StepRule step(String code, Integer days, Anchor anchor, String... predecessors) {
        return new StepRule(code, "Étape " + code, "ORDRE", List.of(predecessors), days, anchor,
                days == null ? "domain.md ne donne aucun délai" : null, "domain.md §3", code);
    }

    private static InstallationPlan plan(Map<String, StepProgress> progress, LocalDate plannedStart) {
        return PlanCalculator.plan(LIBERAL_GP, progress, TODAY, plannedStart);
    }

    private static PlannedStep step(InstallationPlan plan, String code) {
        return plan.steps().stream().filter(s -> s.code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void due_dates_walk_back_from_the_planned_start_through_the_lead_times() {
        InstallationPlan plan = plan(Map.of(), LocalDate.of(2027, 9, 1));

        assertEquals(LocalDate.parse("2027-09-01"), step(plan, "CPAM_CONVENTIONNEMENT").latestDueDate());
        assertEquals(LocalDate.parse("2027-08-02"), step(plan, "ORDRE_INSTALLATION_DECLARATION").latestDueDate());
        assertEquals(LocalDate.parse("2027-10-01"), step(plan, "CARMF_AFFILIATION").latestDueDate());
        // early enough for the declaration it precedes, and for the CPS card's 15 days
        assertEquals(LocalDate.parse("2027-08-02"), step(plan, "ORDRE_REGISTRATION").latestDueDate());
        assertEquals(LocalDate.parse("2027-05-04"), step(plan, "RCP_INSURANCE").latestDueDate());
    }

    @Test
    void earliest_dates_walk_forward_from_today() {
        InstallationPlan plan = plan(Map.of(), LocalDate.of(2027, 9, 1));

        assertEquals(TODAY, step(plan, "RCP_INSURANCE").earliestDate());
        assertEquals(LocalDate.parse("2027-04-04"), step(plan, "ORDRE_REGISTRATION").earliestDate());
        assertEquals(LocalDate.parse("2027-04-19"), step(plan, "CPS_CARD").earliestDate());
        assertEquals(LocalDate.parse("2027-04-04"), step(plan, "ORDRE_INSTALLATION_DECLARATION").earliestDate());
        // after the start, which is the planned one
        assertEquals(LocalDate.parse("2027-09-01"), step(plan, "CARMF_AFFILIATION").earliestDate());
        assertEquals(LocalDate.parse("2027-05-04"), plan.earliestFeasibleStartDate());
        assertEquals(PlanOutlook.ON_TRACK, plan.outlook());
        assertNull(plan.riskStep());
    }

    @Test
    void the_critical_path_is_the_chain_that_sets_the_earliest_start() {
        InstallationPlan plan = plan(Map.of(), LocalDate.of(2027, 9, 1));

        assertEquals(List.of("RCP_INSURANCE", "ORDRE_REGISTRATION", "ORDRE_INSTALLATION_DECLARATION"), plan.criticalPath());
        assertTrue(step(plan, "ORDRE_REGISTRATION").critical());
        assertFalse(step(plan, "CPS_CARD").critical());
    }

    @Test
    void a_start_too_close_is_at_risk_with_the_step_that_makes_it_so_and_the_earliest_feasible_date() {
        InstallationPlan plan = plan(Map.of(), LocalDate.of(2027, 4, 1));

        assertEquals(PlanOutlook.AT_RISK, plan.outlook());
        assertEquals("ORDRE_REGISTRATION", plan.riskStep());
        assertEquals(LocalDate.parse("2027-05-04"), plan.earliestFeasibleStartDate());
        // to start on 1 April, the insurance was due 90 + 30 days before: already late
        assertEquals(LocalDate.parse("2026-12-02"), step(plan, "RCP_INSURANCE").latestDueDate());
        assertEquals(PlanStepStatus.LATE, step(plan, "RCP_INSURANCE").status());
        // what comes after the start counts from the earliest feasible one
        assertEquals(LocalDate.parse("2027-05-04"), step(plan, "CARMF_AFFILIATION").earliestDate());
    }

    @Test
    void a_step_without_lead_time_is_undated_and_says_why() {
        PlannedStep urssaf = step(plan(Map.of(), LocalDate.of(2027, 9, 1)), "URSSAF_DECLARATION");

        assertEquals(PlanStepStatus.UNDATED, urssaf.status());
        assertNull(urssaf.leadTimeDays());
        assertNull(urssaf.latestDueDate());
        assertNull(urssaf.earliestDate());
        assertEquals("domain.md ne donne aucun délai", urssaf.undatedReason());
    }

    @Test
    void a_predecessor_done_moves_the_dates_of_what_waits_on_it() {
        InstallationPlan plan = plan(Map.of("ORDRE_REGISTRATION",
                new StepProgress("DONE", "ORDRE-02", true, LocalDate.of(2026, 12, 28))), LocalDate.of(2027, 4, 1));

        PlannedStep ordre = step(plan, "ORDRE_REGISTRATION");
        assertEquals(PlanStepStatus.DONE, ordre.status());
        assertEquals(LocalDate.parse("2026-12-28"), ordre.doneOn());
        assertEquals("ORDRE-02", ordre.ownerOrg());
        // the card comes 15 days after the registration, not 15 days after today
        assertEquals(LocalDate.parse("2027-01-12"), step(plan, "CPS_CARD").earliestDate());
        assertEquals(LocalDate.parse("2027-02-03"), plan.earliestFeasibleStartDate());
        assertEquals(List.of("ORDRE_INSTALLATION_DECLARATION"), plan.criticalPath());
        assertEquals(PlanOutlook.ON_TRACK, plan.outlook());
    }

    @Test
    void without_a_planned_start_the_plan_still_gives_the_steps_and_the_earliest_feasible_start() {
        InstallationPlan plan = plan(Map.of(), null);

        assertEquals(PlanOutlook.NO_PLANNED_START, plan.outlook());
        assertEquals(LocalDate.parse("2027-05-04"), plan.earliestFeasibleStartDate());
        assertEquals(LIBERAL_GP.size(), plan.steps().size());
        assertTrue(plan.steps().stream().allMatch(s -> s.latestDueDate() == null));
        assertEquals(PlanStepStatus.PENDING, step(plan, "ORDRE_REGISTRATION").status());
    }

    @Test
    void when_everything_before_the_start_is_done_today_is_the_earliest_start() {
        Map<String, StepProgress> allDone = Map.of(
                "RCP_INSURANCE", new StepProgress("DONE", null, true, LocalDate.of(2026, 9, 1)),
                "ORDRE_REGISTRATION", new StepProgress("DONE", null, true, LocalDate.of(2026, 11, 1)),
                "ORDRE_INSTALLATION_DECLARATION", new StepProgress("DONE", null, true, LocalDate.of(2026, 11, 2)),
                "CPAM_CONVENTIONNEMENT", new StepProgress("NOT_APPLICABLE", null, true, null));

        InstallationPlan plan = plan(allDone, LocalDate.of(2027, 1, 10));

        assertEquals(TODAY, plan.earliestFeasibleStartDate());
        assertTrue(plan.criticalPath().isEmpty());
        assertEquals(PlanOutlook.ON_TRACK, plan.outlook());
    }
}
