package fr.guichet.cases.transition;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import fr.guichet.cases.casefile.CaseAccess;
import fr.guichet.cases.casefile.CaseFile;
import fr.guichet.cases.aid.CaseAidService;
import fr.guichet.cases.casefile.CaseView;
import fr.guichet.cases.history.CaseEvent;
import fr.guichet.cases.history.CaseHistory;
import fr.guichet.cases.outbox.EventType;
import fr.guichet.cases.outbox.Outbox;
import fr.guichet.cases.policy.CaseAction;
import fr.guichet.cases.policy.Caller;
import fr.guichet.cases.workflow.CaseStatus;
import fr.guichet.cases.workflow.Workflow;
import fr.guichet.cases.task.TaskService;
import fr.guichet.common.problem.Problem;
import fr.guichet.common.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Moves a case through the workflow: asks the state machine, then does what entering the step implies. */
@ApplicationScoped
public class TransitionService {

    @Inject
    Caller caller;

    @Inject
    CaseAccess access;

    @Inject
    CaseHistory history;

    @Inject
    TaskService tasks;

    @Inject
    CaseAidService aids;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    @Transactional
    public CaseView move(UUID id, String ifMatch, TransitionRequest request) {
        CaseAction action = request.to() == CaseStatus.ABANDONED ? CaseAction.ABANDON : CaseAction.MOVE;
        CaseFile c = access.forChange(id, ifMatch, action);
        Workflow.Refusal refusal = Workflow.check(c.status, request.to(), request.reason(), facts(c));
        if (refusal != null) {
            throw new ProblemException(Problem.of(422, "Unprocessable Content", refusal.reason())
                    .with("allowed", refusal.allowed()).with("missing", refusal.missing()));
        }
        CaseStatus from = c.status;
        enter(c, request);
        history.record(c.id, caller.actor(), CaseEvent.Kind.STATUS_CHANGED, "status", from, c.status, request.reason());
        outbox.append(c.id, EventType.CASE_STATUS_CHANGED,
                Map.of("reference", c.reference, "from", from.name(), "to", c.status.name(), "at", c.updatedAt.toString()));
        access.touch(c);
        return CaseView.of(c);
    }

    private void enter(CaseFile c, TransitionRequest request) {
        Instant now = Instant.now(clock);
        c.status = request.to();
        switch (request.to()) {
            case QUALIFIED -> {
                c.qualifiedAt = now;
                if (c.assignee == null) {
                    c.assignee = caller.name();
                }
            }
            case PROCEDURES -> openEveryPartnersTasks(c);
            case INSTALLED -> c.installedAt = now;
            case CLOSED -> c.endedAt = now;
            case ABANDONED -> {
                c.endedAt = now;
                c.abandonReason = request.reason();
            }
            default -> {
                // PROJECT_DEFINED and FOLLOW_UP only change the status
            }
        }
    }

    private void openEveryPartnersTasks(CaseFile c) {
        List<String> opened = new ArrayList<>(tasks.openChecklist(c, caller.actor()));
        opened.addAll(aids.openTasksForSelected(c, caller.actor()));
        history.record(c.id, caller.actor(), CaseEvent.Kind.TASK_CHANGED, "checklist", null, opened,
                "Séance commune : toutes les démarches des partenaires ouvertes");
    }

    private Workflow.CaseFacts facts(CaseFile c) {
        return new Workflow.CaseFacts() {
            @Override
            public boolean hasProjectDefined() {
                return c.hasProjectDefined();
            }

            @Override
            public List<String> mandatoryTasksNotFinished() {
                return tasks.mandatoryNotFinished(c.id);
            }
        };
    }
}
