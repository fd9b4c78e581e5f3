package fr.guichet.cases.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import fr.guichet.cases.aid.CaseAidService;
import fr.guichet.cases.casefile.CaseService;
import fr.guichet.cases.casefile.CaseView;
import fr.guichet.cases.plan.PlanTemplate.ChosenAid;
import fr.guichet.cases.task.TaskService;
import fr.guichet.cases.task.TaskView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Loads what a case's plan is computed from, and has {@link PlanCalculator} date it: on every read, nothing stored. */
@ApplicationScoped
public class PlanService {

    @Inject
    CaseService cases;

    @Inject
    TaskService tasks;

    @Inject
    CaseAidService aids;

    @Inject
    Clock clock;

    /**
     * The plan of a case the caller may read (404 otherwise). Every reader of a case reads its tasks' status and its
     * aids (CaseAction READ_TASKS, READ_AIDS), and of a task the plan shows no more than that, its owner and its done
     * date: so the tasks are read whole here, the remarks a partner may not read staying out of the plan.
     */
    public InstallationPlan planOf(UUID caseId) {
        CaseView c = cases.get(caseId);
        List<ChosenAid> chosen = aids.selectedOf(caseId).stream()
                .map(aid -> new ChosenAid(aid.code(), aid.label(), aid.funder())).toList();
        List<StepRule> rules = PlanTemplate.stepsFor(PlanStep.listAll(), c.professional().profession(),
                c.project().practiceMode(), chosen);
        return PlanCalculator.plan(rules, progressOf(rules, tasks.tasksOf(caseId)), LocalDate.now(clock),
                c.project().plannedStartDate());
    }

    private static Map<String, StepProgress> progressOf(List<StepRule> rules, List<TaskView> caseTasks) {
        Map<String, TaskView> byCode = new HashMap<>();
        caseTasks.forEach(task -> byCode.put(task.code(), task));
        Map<String, StepProgress> progress = new HashMap<>();
        for (StepRule rule : rules) {
            TaskView task = rule.taskCode() == null ? null : byCode.get(rule.taskCode());
            if (task != null) {
                progress.put(rule.code(), new StepProgress(task.status().name(), task.ownerOrg(), task.finished(), task.doneOn()));
            }
        }
        return progress;
    }
}
