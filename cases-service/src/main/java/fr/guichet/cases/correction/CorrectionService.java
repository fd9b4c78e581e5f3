package fr.guichet.cases.correction;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import fr.guichet.cases.casefile.CaseAccess;
import fr.guichet.cases.casefile.CaseFile;
import fr.guichet.cases.document.DocumentService;
import fr.guichet.cases.message.MessageService;
import fr.guichet.cases.policy.CaseAction;
import fr.guichet.cases.policy.CasePolicy;
import fr.guichet.cases.policy.Caller;
import fr.guichet.cases.task.TaskService;
import fr.guichet.cases.task.TaskView;
import fr.guichet.common.api.IfMatch;
import fr.guichet.common.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

/**
 * Correction requests: the guichet's staff, or the partner organisation that owns a task, send a document or a piece
 * of information back to the professional; the professional answers with a new document or a message; the side that
 * asked accepts, reopens or cancels ({@link CorrectionStatus}). Every step goes to the case's history and the outbox.
 */
@ApplicationScoped
public class CorrectionService {

    @Inject
    CaseAccess access;

    @Inject
    CasePolicy policy;

    @Inject
    Caller caller;

    @Inject
    TaskService tasks;

    @Inject
    DocumentService documents;

    @Inject
    MessageService messages;

    @Inject
    CorrectionSteps steps;

    @Inject
    Clock clock;

    @Inject
    EntityManager em;

    /** The request as changed, and its new version for the next If-Match. */
    public record Changed(CorrectionView correction, int version) {
    }

    @Transactional
    public Changed request(UUID caseId, NewCorrection asked) {
        CaseFile c = access.allowed(caseId, CaseAction.REQUEST_CORRECTION);
        if ((asked.documentId() == null) == (given(asked.information()) == null)) {
            throw ProblemException.invalid("documentId", "give either a documentId or an information to correct, one of the two");
        }
        if (asked.internalNote() != null && !policy.may(CaseAction.WRITE_INTERNAL_NOTE)) {
            throw ProblemException.forbidden("Only the guichet's staff write internal notes.");
        }
        Map<UUID, TaskView> caseTasks = tasksOf(c.id);
        UUID taskId = onTask(c.id, asked, caseTasks);
        c.requireOpen();
        CorrectionRequest r = new CorrectionRequest();
        r.id = UUID.randomUUID();
        r.caseId = c.id;
        r.taskId = taskId;
        r.documentId = asked.documentId();
        r.information = given(asked.information());
        r.reasonCode = asked.reasonCode() == null ? CorrectionReason.OTHER : asked.reasonCode();
        r.reason = asked.reason().strip();
        r.internalNote = given(asked.internalNote());
        r.status = CorrectionStatus.OPEN;
        r.askedBy = caller.actor();
        r.askingOrg = policy.askingOrganisation();
        r.askedAt = Instant.now(clock);
        r.persist();
        steps.requested(r, caseTasks);
        return changed(r);
    }

    public List<CorrectionView> list(UUID caseId, CorrectionStatus status, UUID taskId) {
        policy.require(caseId, CaseAction.READ_CORRECTIONS);
        Map<UUID, TaskView> caseTasks = tasksOf(caseId);
        return CorrectionRequest.<CorrectionRequest>list("caseId = ?1 order by askedAt, id", caseId).stream()
                .filter(r -> status == null || r.status == status)
                .filter(r -> taskId == null || taskId.equals(r.taskId))
                .filter(r -> readable(r, caseTasks))
                .map(this::view)
                .toList();
    }

    /** For callers that have decided themselves that the case may be read whole (the GDPR export). */
    public List<CorrectionView> correctionsOf(UUID caseId) {
        return CorrectionRequest.<CorrectionRequest>list("caseId = ?1 order by askedAt, id", caseId).stream().map(this::view).toList();
    }

    public Changed get(UUID caseId, UUID correctionId) {
        policy.require(caseId, CaseAction.READ_CORRECTIONS);
        return changed(find(caseId, correctionId, tasksOf(caseId)));
    }

    /** The professional answers an open request with a document of the case, a message to the thread, or both. */
    @Transactional
    public Changed answer(UUID caseId, UUID correctionId, String ifMatch, CorrectionAnswer answer) {
        CaseFile c = access.allowed(caseId, CaseAction.ANSWER_CORRECTION);
        Map<UUID, TaskView> caseTasks = tasksOf(c.id);
        CorrectionRequest r = forStep(c.id, correctionId, ifMatch, CorrectionStatus.Step.ANSWER, caseTasks);
        String message = given(answer.message());
        if (answer.documentId() == null && message == null) {
            throw ProblemException.invalid("documentId", "give a documentId (uploaded first with the case's documents), a message, or both");
        }
        c.requireOpen();
        if (answer.documentId() != null) {
            r.answerDocumentId = answeringDocument(r, answer.documentId());
        }
        // a partner reads the thread's messages addressed to partners only: the answer to its request must be one
        r.answerMessageId = message == null ? null : messages.post(c.id, message, false, r.askingOrg != null).id();
        r.answeredBy = caller.actor();
        r.answeredAt = Instant.now(clock);
        return step(r, CorrectionStatus.Step.ANSWER, null, caseTasks);
    }

    @Transactional
    public Changed accept(UUID caseId, UUID correctionId, String ifMatch) {
        return settle(caseId, correctionId, ifMatch, CorrectionStatus.Step.ACCEPT, null);
    }

    @Transactional
    public Changed cancel(UUID caseId, UUID correctionId, String ifMatch) {
        return settle(caseId, correctionId, ifMatch, CorrectionStatus.Step.CANCEL, null);
    }

    /** The answer does not do: the request opens again, saying why; the last answer stays in the history. */
    @Transactional
    public Changed reopen(UUID caseId, UUID correctionId, String ifMatch, CorrectionReopening reopening) {
        return settle(caseId, correctionId, ifMatch, CorrectionStatus.Step.REOPEN, reopening.reason().strip());
    }

    /** Erases what the requests say of the professional (reasons, notes, who answered); what was asked and when stays. */
    public void erasePersonalData(List<UUID> caseIds) {
        em.createNativeQuery("""
                update correction_request set reason = null, internal_note = null, reopen_reason = null,
                    answered_by = case when answered_by like 'doctor:%' then 'doctor:anonymised' else answered_by end
                where case_id in (:ids)""").setParameter("ids", caseIds).executeUpdate();
    }

    private Changed settle(UUID caseId, UUID correctionId, String ifMatch, CorrectionStatus.Step step, String reason) {
        CaseFile c = access.allowed(caseId, CaseAction.SETTLE_CORRECTION);
        Map<UUID, TaskView> caseTasks = tasksOf(c.id);
        CorrectionRequest r = forStep(c.id, correctionId, ifMatch, step, caseTasks);
        if (step == CorrectionStatus.Step.REOPEN) {
            c.requireOpen();
            r.reopenReason = reason;
            r.answerDocumentId = null;
            r.answerMessageId = null;
            r.answeredBy = null;
            r.answeredAt = null;
        } else {
            r.settledBy = caller.actor();
            r.settledAt = Instant.now(clock);
        }
        return step(r, step, reason, caseTasks);
    }

    /**
     * The request, locked, if the caller reads it and may take this step on it, presents its current version (428, 412)
     * and stands where the step starts (409).
     */
    private CorrectionRequest forStep(UUID caseId, UUID correctionId, String ifMatch, CorrectionStatus.Step step,
            Map<UUID, TaskView> caseTasks) {
        CorrectionRequest r = find(caseId, correctionId, caseTasks);
        if (step != CorrectionStatus.Step.ANSWER) {
            policy.requireAsker(r.askingOrg);
        }
        IfMatch.requirePresent(ifMatch, "correction request");
        // re-read under a row lock: concurrent steps queue here, and each sees the version the previous one left
        em.refresh(r, LockModeType.PESSIMISTIC_WRITE);
        IfMatch.requireCurrent(ifMatch, r.version, "correction request");
        if (!step.allowedFrom(r.status)) {
            throw ProblemException.conflict("This correction request is " + r.status + "; it can be " + step.done()
                    + " only when " + step.from().stream().map(Enum::name).sorted().collect(Collectors.joining(" or ")) + ".");
        }
        return r;
    }

    private Changed step(CorrectionRequest r, CorrectionStatus.Step step, String reason, Map<UUID, TaskView> caseTasks) {
        CorrectionStatus before = r.status;
        r.status = step.to();
        steps.moved(r, before, caseTasks, reason);
        em.flush();
        return changed(r);
    }

    private CorrectionRequest find(UUID caseId, UUID correctionId, Map<UUID, TaskView> caseTasks) {
        CorrectionRequest r = CorrectionRequest.findById(correctionId);
        if (r == null || !r.caseId.equals(caseId) || !readable(r, caseTasks)) {
            throw ProblemException.notFound("No correction request " + correctionId + " on this case among those you can see.");
        }
        return r;
    }

    /**
     * The task the request is on: the one named, or else the one the document goes with. A partner's is one of its own
     * tasks (it reads the documents of its own tasks only, so a document's task is one of them).
     */
    private UUID onTask(UUID caseId, NewCorrection asked, Map<UUID, TaskView> caseTasks) {
        UUID named = asked.taskId();
        if (named != null) {
            if (!caseTasks.containsKey(named)) {
                throw ProblemException.invalid("taskId", "is not a task of this case");
            }
            policy.requireOwnTask(caseTasks.get(named).ownerOrg());
        }
        UUID documentTask = asked.documentId() == null ? null : readableDocument(caseId, asked.documentId()).taskId();
        if (named != null && documentTask != null && !named.equals(documentTask)) {
            throw ProblemException.invalid("documentId", "goes with another task than taskId");
        }
        UUID taskId = named != null ? named : documentTask;
        if (taskId == null && policy.askingOrganisation() != null) {
            throw ProblemException.invalid("taskId", "is required of a partner: it asks about one of its own tasks");
        }
        return taskId;
    }

    /** The answering document: another of the case's, with the request's task if it has one, so that its owner reads it. */
    private UUID answeringDocument(CorrectionRequest r, UUID documentId) {
        DocumentService.DocumentView document = readableDocument(r.caseId, documentId);
        if (documentId.equals(r.documentId)) {
            throw ProblemException.invalid("documentId", "is the document to correct: upload a new one first");
        }
        if (r.taskId != null && !r.taskId.equals(document.taskId())) {
            throw ProblemException.invalid("documentId", "must go with the request's task: upload it with taskId " + r.taskId);
        }
        return documentId;
    }

    /** A document of the case the caller reads (a partner: one of its own tasks'). */
    private DocumentService.DocumentView readableDocument(UUID caseId, UUID documentId) {
        return documents.list(caseId).stream().filter(d -> d.id().equals(documentId)).findFirst()
                .orElseThrow(() -> ProblemException.invalid("documentId", "is not a document of this case that you can read"));
    }

    private boolean readable(CorrectionRequest r, Map<UUID, TaskView> caseTasks) {
        return policy.readsWholeTask(r.taskId == null ? null : caseTasks.get(r.taskId).ownerOrg());
    }

    private Changed changed(CorrectionRequest r) {
        return new Changed(view(r), r.version);
    }

    private CorrectionView view(CorrectionRequest r) {
        return CorrectionView.of(r, policy.may(CaseAction.READ_INTERNAL_NOTES));
    }

    private Map<UUID, TaskView> tasksOf(UUID caseId) {
        return tasks.tasksOf(caseId).stream().collect(Collectors.toMap(TaskView::id, Function.identity()));
    }

    /** Blank is none. */
    private static String given(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
