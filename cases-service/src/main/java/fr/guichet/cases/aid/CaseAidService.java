package fr.guichet.cases.aid;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import fr.guichet.cases.casefile.CaseAccess;
import fr.guichet.cases.casefile.CaseFile;
import fr.guichet.cases.history.CaseEvent;
import fr.guichet.cases.history.CaseHistory;
import fr.guichet.cases.policy.CaseAction;
import fr.guichet.cases.policy.CasePolicy;
import fr.guichet.cases.policy.Caller;
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

    public record SelectedAid(String code, String label, String eligibilityStatus, String selectedBy, Instant selectedAt) {
        static SelectedAid of(CaseAid aid) {
            return new SelectedAid(aid.aidCode, aid.label, aid.eligibilityStatus, aid.selectedBy, aid.selectedAt);
        }
    }

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
     * Selects an aid the simulator does not rule out for this project. After the joint session, the ARS
     * task to apply for it opens at once. The simulator is asked before the transaction opens, so that a
     * slow aids-service holds no database connection nor the case's lock.
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
        String status = assessment.status().name();
        if (assessment.status() == Eligibility.Status.INELIGIBLE) {
            throw ProblemException.unprocessable("The project is not eligible to " + code + ": see GET /cases/" + caseId
                    + "/eligibility for the reasons.");
        }
        CaseAid aid = new CaseAid();
        aid.caseId = c.id;
        aid.aidCode = code;
        aid.label = assessment.label();
        aid.eligibilityStatus = status;
        aid.selectedBy = caller.actor();
        aid.selectedAt = Instant.now(clock);
        aid.persist();
        history.record(c.id, caller.actor(), CaseEvent.Kind.AID_SELECTED, "aids", null,
                Map.of("code", code, "eligibility", status), null);
        if (c.status == CaseStatus.PROCEDURES) {
            tasks.openAidTask(c.id, aid.aidCode, aid.label, caller.actor());
        }
        access.touch(c);
        return new Selected(SelectedAid.of(aid), c.version);
    }

    /** At the joint session: the ARS task of every aid already selected; answers their codes. */
    public List<String> openTasksForSelected(UUID caseId, String actor) {
        return CaseAid.<CaseAid>list("caseId = ?1 order by aidCode", caseId).stream()
                .map(aid -> tasks.openAidTask(caseId, aid.aidCode, aid.label, actor))
                .toList();
    }

    private static Eligibility.AidAssessment assessmentOf(Eligibility result, String code) {
        return result.aid(code).orElseThrow(() -> ProblemException.unprocessable(
                "No aid " + code + " is in force on the project's planned start date."));
    }
}
