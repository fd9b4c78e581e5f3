package fr.guichet.cases.plan;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import fr.guichet.common.api.IfMatch;
import fr.guichet.common.problem.ProblemException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

/** The plan steps and their lead times, read by the staff and edited by the guichet's administrator. */
@ApplicationScoped
public class PlanStepService {

    @Inject
    SecurityIdentity identity;

    @Inject
    Clock clock;

    public List<PlanStepView> list() {
        return PlanStep.<PlanStep>list("order by position").stream().map(PlanStepView::of).toList();
    }

    /** Replaces what may be edited of the step, If-Match the version read: 428 without it, 412 when it moved on. */
    @Transactional
    public PlanStepView change(String code, String ifMatch, PlanStepChange change) {
        IfMatch.requirePresent(ifMatch, "plan step");
        PlanStep step = PlanStep.<PlanStep>findByIdOptional(code, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("No plan step " + code + "."));
        IfMatch.requireCurrent(ifMatch, step.version, "plan step");
        if (change.leadTimeDays() == null && (change.note() == null || change.note().isBlank())) {
            throw ProblemException.invalid("note", "must say why the step has no lead time (the plan shows it undated)");
        }
        step.label = change.label();
        step.leadTimeDays = change.leadTimeDays();
        step.anchor = change.anchor();
        step.note = change.note();
        step.source = change.source();
        step.updatedAt = Instant.now(clock);
        step.updatedBy = identity.getPrincipal().getName();
        PlanStep.getEntityManager().flush();
        return PlanStepView.of(step);
    }
}
