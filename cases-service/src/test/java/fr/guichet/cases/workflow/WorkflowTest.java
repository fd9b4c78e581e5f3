package fr.guichet.cases.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The state machine alone: which step may follow which, and what each guard demands. */
class WorkflowTest {

    /** Facts under which every guard is met. */
    private static final Facts READY = new Facts(true, List.of());

    record Facts(boolean hasProjectDefined, List<String> mandatoryTasksNotFinished) implements Workflow.CaseFacts {
    }

    @ParameterizedTest(name = "after {0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            RECEIVED        | QUALIFIED ABANDONED
            QUALIFIED       | PROJECT_DEFINED ABANDONED
            PROJECT_DEFINED | PROCEDURES ABANDONED
            PROCEDURES      | INSTALLED ABANDONED
            INSTALLED       | FOLLOW_UP ABANDONED
            FOLLOW_UP       | CLOSED ABANDONED
            CLOSED          | ''
            ABANDONED       | ''
            """)
    void each_step_allows_exactly_its_next_steps(CaseStatus from, String next) {
        Set<CaseStatus> expected = steps(next);
        assertEquals(expected, Workflow.allowedAfter(from));
        for (CaseStatus to : CaseStatus.values()) {
            Workflow.Refusal refusal = Workflow.check(from, to, "Projet abandonné", READY);
            if (expected.contains(to)) {
                assertNull(refusal, from + " -> " + to + " should be allowed");
            } else {
                assertNotNull(refusal, from + " -> " + to + " should be refused");
                assertEquals(expected, Set.copyOf(refusal.allowed()), "a refusal lists the allowed steps");
                assertEquals(List.of(), refusal.missing(), "an order refusal has nothing missing");
            }
        }
    }

    @ParameterizedTest
    @EnumSource(value = CaseStatus.class, names = {"RECEIVED", "QUALIFIED", "PROJECT_DEFINED", "PROCEDURES", "INSTALLED",
            "FOLLOW_UP"})
    void abandoning_with_a_reason_is_allowed_from_every_open_step(CaseStatus from) {
        assertNull(Workflow.check(from, CaseStatus.ABANDONED, "Le projet de cabinet est abandonné", READY));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   "})
    void abandoning_needs_a_reason(String reason) {
        Workflow.Refusal refusal = Workflow.check(CaseStatus.QUALIFIED, CaseStatus.ABANDONED, reason, READY);

        assertNotNull(refusal);
        assertEquals(List.of("reason"), refusal.missing());
        assertEquals(steps("PROJECT_DEFINED ABANDONED"), Set.copyOf(refusal.allowed()));
    }

    @Test
    void procedures_need_the_project_defined() {
        Workflow.Refusal refusal = Workflow.check(CaseStatus.PROJECT_DEFINED, CaseStatus.PROCEDURES, null,
                new Facts(false, List.of()));

        assertNotNull(refusal);
        assertEquals(1, refusal.missing().size());
        assertTrue(refusal.missing().get(0).startsWith("project"), refusal.missing().get(0));
    }

    @Test
    void installation_needs_every_mandatory_task_finished_and_names_those_missing() {
        Workflow.Refusal refusal = Workflow.check(CaseStatus.PROCEDURES, CaseStatus.INSTALLED, null,
                new Facts(true, List.of("ORDRE_REGISTRATION", "CARMF_AFFILIATION")));

        assertNotNull(refusal);
        assertEquals(List.of("ORDRE_REGISTRATION", "CARMF_AFFILIATION"), refusal.missing());
        assertEquals(steps("INSTALLED ABANDONED"), Set.copyOf(refusal.allowed()));
    }

    @Test
    void guards_of_other_steps_do_not_apply() {
        Facts nothingReady = new Facts(false, List.of("ORDRE_REGISTRATION"));

        assertNull(Workflow.check(CaseStatus.RECEIVED, CaseStatus.QUALIFIED, null, nothingReady));
        assertNull(Workflow.check(CaseStatus.QUALIFIED, CaseStatus.PROJECT_DEFINED, null, nothingReady));
        assertNull(Workflow.check(CaseStatus.INSTALLED, CaseStatus.FOLLOW_UP, null, nothingReady));
        assertNull(Workflow.check(CaseStatus.FOLLOW_UP, CaseStatus.CLOSED, null, nothingReady));
    }

    private static Set<CaseStatus> steps(String names) {
        if (names == null || names.isBlank()) {
            return EnumSet.noneOf(CaseStatus.class);
        }
        return Arrays.stream(names.trim().split("\\s+")).map(CaseStatus::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(CaseStatus.class)));
    }
}
