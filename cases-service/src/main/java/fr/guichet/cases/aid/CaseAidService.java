package fr.guichet.cases.aid;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import fr.guichet.cases.casefile.CaseAccess;
import fr.guichet.cases.casefile.CaseFile;
import fr.guichet.cases.history.CaseEvent;
import fr.guichet.cases.history.CaseHistory;
import fr.guichet.cases.policy.CaseAction;
import fr.guichet.cases.policy.CasePolicy;
import fr.guichet.cases.policy.Caller;
import fr.guichet.cases.task.AidToApply;
import fr.guichet.cases.task.TaskService;
import fr.guichet.cases.workflow.CaseStatus;
import fr.guichet.common.problem.ProblemException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The aids on a case: what the simulator says of its project, and those the correspondant selects. */
@ApplicationScoped
public class CaseAidService {

    @Inject
    CaseAccess access;

    @Inject
    EligibilityGateway eligibility;

    @Inject
    CaseHistory history;

    @Inject
    Caller caller;

    @Inject
    TaskService tasks;

    @Inject
    CasePolicy policy;

    @Inject
    Clock clock;

    public record Selected(SelectedAid aid, int caseVersion) {
    }

    public Eligibility eligibility(UUID caseId) {
        return eligibility.eligibilityOf(access.allowed(caseId, CaseAction.READ_ELIGIBILITY));
    }

    public List<SelectedAid> selected(UUID caseId) {
        policy.require(caseId, CaseAction.READ_AIDS);
        return selectedOf(caseId);
    }

    /** For callers that have decided themselves that the case may be read (the GDPR export). */
    public List<SelectedAid> selectedOf(UUID caseId) {
        return CaseAid.<CaseAid>list("caseId = ?1 order by selectedAt", caseId).stream().map(SelectedAid::of).toList();
    }

    /**
     * Selects an aid the simulator does not rule out for this project, nor declares incompatible with an
     * aid already selected. After the joint session, the tasks to apply for it open at once. The simulator
     * is asked before the transaction opens, so that a slow aids-service holds no database connection nor
     * the case's lock.
     */
    public Selected select(UUID caseId, String ifMatch, String code) {
        Eligibility project = eligibility.eligibilityOf(access.allowed(caseId, CaseAction.SELECT_AID));
        return QuarkusTransaction.requiringNew().call(() -> record(caseId, ifMatch, code, project));
    }

    private Selected record(UUID caseId, String ifMatch, String code, Eligibility project) {
        CaseFile c = access.forChange(caseId, ifMatch, CaseAction.SELECT_AID);
        c.requireOpen();
        if (CaseAid.find("caseId = ?1 and aidCode = ?2", c.id, code).firstResultOptional().isPresent()) {
            throw ProblemException.conflict("Aid " + code + " is already selected for this case.");
        }
        Eligibility.AidAssessment assessment = assessmentOf(project, code);
        if (assessment.status() == Eligibility.Status.INELIGIBLE) {
            throw ProblemException.unprocessable("The project is not eligible to " + code + ": see GET /cases/" + caseId
                    + "/eligibility for the reasons.");
        }
        refuseIncompatible(c.id, assessment, project);
        CaseAid aid = newAid(c.id, assessment);
        aid.persist();
        history.record(c.id, caller.actor(), CaseEvent.Kind.AID_SELECTED, "aids", null,
                Map.of("code", code, "eligibility", aid.eligibilityStatus, "funder", String.valueOf(aid.funder)), null);
        if (c.status == CaseStatus.PROCEDURES) {
            tasks.openAidTasks(c, toApply(c, aid), caller.actor());
        }
        access.touch(c);
        return new Selected(SelectedAid.of(aid), c.version);
    }

    /**
     * Two aids cannot be selected together when the simulator says either excludes the other (CAIM and
     * COSCOM, the Occitanie mountain aid and CAIM): the incompatibilities are aids-service's data, not ours.
     */
    private static void refuseIncompatible(UUID caseId, Eligibility.AidAssessment chosen, Eligibility project) {
        for (CaseAid other : CaseAid.<CaseAid>list("caseId = ?1 and status <> ?2 order by aidCode", caseId, AidStatus.REFUSED)) {
            boolean excludedByChosen = chosen.incompatibleWith().contains(other.aidCode);
            boolean excludedByOther = project.aid(other.aidCode)
                    .map(assessment -> assessment.incompatibleWith().contains(chosen.code())).orElse(false);
            if (excludedByChosen || excludedByOther) {
                throw ProblemException.conflict(chosen.code() + " cannot be combined with " + other.aidCode
                        + ", already selected for this case: aids-service declares them incompatible.");
            }
        }
    }

    private CaseAid newAid(UUID caseId, Eligibility.AidAssessment assessment) {
        CaseAid aid = new CaseAid();
        aid.caseId = caseId;
        aid.aidCode = assessment.code();
        aid.label = assessment.label();
        aid.eligibilityStatus = assessment.status().name();
        aid.status = AidStatus.SELECTED;
        aid.funder = assessment.funder();
        aid.category = assessment.category();
        aid.payments = datedPayments(assessment.schedule());
        aid.selectedBy = caller.actor();
        aid.selectedAt = Instant.now(clock);
        return aid;
    }

    /** A monthly allowance's payments are its own rhythm, not tasks: only other schedules' dated payments are kept. */
    private static List<Eligibility.Payment> datedPayments(Eligibility.Schedule schedule) {
        if (schedule == null || schedule.payments() == null || "MONTHLY".equals(schedule.kind())) {
            return new ArrayList<>();
        }
        return new ArrayList<>(schedule.payments());
    }

    /** At the joint session: the tasks of every aid already selected (and not refused); answers their codes. */
    public List<String> openTasksForSelected(CaseFile c, String actor) {
        return CaseAid.<CaseAid>list("caseId = ?1 and status <> ?2 order by aidCode", c.id, AidStatus.REFUSED).stream()
                .flatMap(aid -> tasks.openAidTasks(c, toApply(c, aid), actor).stream())
                .toList();
    }

    private static AidToApply toApply(CaseFile c, CaseAid aid) {
        List<LocalDate> dates = aid.payments.stream().map(Eligibility.Payment::date).toList();
        return new AidToApply(aid.aidCode, aid.label, aid.funder, aid.category, c.department, c.targetCommune,
                c.plannedStartDate, dates);
    }

    static Optional<CaseAid> find(UUID caseId, String code) {
        return CaseAid.find("caseId = ?1 and aidCode = ?2", caseId, code).firstResultOptional();
    }

    private static Eligibility.AidAssessment assessmentOf(Eligibility result, String code) {
        return result.aid(code).orElseThrow(() -> ProblemException.unprocessable(
                "No aid " + code + " is in force on the project's planned start date."));
    }
}
