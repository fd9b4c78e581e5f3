package fr.guichet.cases.document;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import fr.guichet.cases.history.CaseEvent;
import fr.guichet.cases.history.CaseHistory;
import fr.guichet.cases.outbox.EventType;
import fr.guichet.cases.outbox.Outbox;
import fr.guichet.cases.policy.CaseAction;
import fr.guichet.cases.policy.CasePolicy;
import fr.guichet.cases.policy.Caller;
import fr.guichet.cases.policy.GuardedCase;
import fr.guichet.cases.task.TaskService;
import fr.guichet.common.api.Sha256;
import fr.guichet.common.problem.Problem;
import fr.guichet.common.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** Stores, lists and serves the documents of a case. */
@ApplicationScoped
public class DocumentService {

    @Inject
    CasePolicy policy;

    @Inject
    TaskService tasks;

    @Inject
    Clock clock;

    @Inject
    CaseHistory history;

    @Inject
    Caller caller;

    @Inject
    EntityManager em;

    @Inject
    Outbox outbox;

    @ConfigProperty(name = "guichet.documents.max-bytes", defaultValue = "10485760")
    int maxBytes;

    public record DocumentView(UUID id, UUID taskId, String filename, String mediaType, int sizeBytes, String sha256,
            String uploadedBy, Instant uploadedAt) {
    }

    public record Download(String filename, String mediaType, byte[] content) {
    }

    @Transactional
    public DocumentView store(UUID caseId, Path upload, String filename, UUID taskId) {
        GuardedCase c = policy.requireAcceptingContent(caseId, CaseAction.ADD_DOCUMENT);
        Map<UUID, String> owners = tasks.ownersOf(c.caseId());
        if (taskId != null && !owners.containsKey(taskId)) {
            throw ProblemException.invalid("taskId", "is not a task of this case");
        }
        policy.requireMayAttachTo(taskId != null, owners.get(taskId));
        byte[] content = read(upload);
        DocumentType type = DocumentType.sniff(content).orElseThrow(() -> new ProblemException(Problem.of(415,
                "Unsupported Media Type", "Only PDF, JPEG and PNG documents are accepted; this file's content is none of them.")));
        CaseDocument document = new CaseDocument();
        document.id = UUID.randomUUID();
        document.caseId = c.caseId();
        document.taskId = taskId;
        document.filename = filename;
        document.mediaType = type.mediaType();
        document.sizeBytes = content.length;
        document.sha256 = Sha256.hex(content);
        document.content = content;
        document.uploadedBy = caller.actor();
        document.uploadedAt = Instant.now(clock);
        document.persist();
        history.record(c.caseId(), caller.actor(), CaseEvent.Kind.DOCUMENT_ADDED, "document", null,
                Map.of("id", document.id, "sha256", document.sha256, "mediaType", document.mediaType), null);
        outbox.append(c.caseId(), EventType.DOCUMENT_ADDED, added(document));
        return view(document);
    }

    public List<DocumentView> list(UUID caseId) {
        policy.require(caseId, CaseAction.READ_DOCUMENTS);
        Map<UUID, String> owners = tasks.ownersOf(caseId);
        return em.createQuery("""
                select new fr.guichet.cases.document.DocumentService$DocumentView(
                    d.id, d.taskId, d.filename, d.mediaType, d.sizeBytes, d.sha256, d.uploadedBy, d.uploadedAt)
                from CaseDocument d where d.caseId = :caseId order by d.uploadedAt, d.id""", DocumentView.class)
                .setParameter("caseId", caseId).getResultStream()
                .filter(d -> policy.readsDocumentOf(d.taskId() != null, owners.get(d.taskId())))
                .toList();
    }

    public Download download(UUID caseId, UUID documentId) {
        policy.require(caseId, CaseAction.READ_DOCUMENTS);
        CaseDocument document = CaseDocument.findById(documentId);
        if (document == null || !document.caseId.equals(caseId) || document.content == null
                || !policy.readsDocumentOf(document.taskId != null, tasks.ownersOf(caseId).get(document.taskId))) {
            throw ProblemException.notFound("No document " + documentId + " on this case.");
        }
        return new Download(document.filename, document.mediaType, document.content);
    }

    /** A document with its content, as the GDPR export gives it back. */
    public record Held(String filename, String mediaType, int sizeBytes, String sha256, Instant uploadedAt, byte[] content) {
    }

    /** For callers that have decided themselves that the case may be read (the GDPR export). */
    public List<Held> documentsOf(UUID caseId) {
        return CaseDocument.<CaseDocument>list("caseId = ?1 order by uploadedAt", caseId).stream()
                .map(d -> new Held(d.filename, d.mediaType, d.sizeBytes, d.sha256, d.uploadedAt, d.content))
                .toList();
    }

    /** Erases the content and names of these cases' documents, and doctors' names as uploaders; sizes and hashes stay. */
    public void erasePersonalData(List<UUID> caseIds) {
        em.createNativeQuery("update case_document set content = null, filename = null where case_id in (:ids)")
                .setParameter("ids", caseIds).executeUpdate();
        em.createNativeQuery("update case_document set uploaded_by = 'doctor:anonymised' where case_id in (:ids) and uploaded_by like 'doctor:%'")
                .setParameter("ids", caseIds).executeUpdate();
    }

    private byte[] read(Path upload) {
        try {
            if (Files.size(upload) > maxBytes) {
                throw new ProblemException(Problem.of(413, "Content Too Large",
                        "A document may weigh " + maxBytes / (1024 * 1024) + " MB at most."));
            }
            return Files.readAllBytes(upload);
        } catch (IOException e) {
            throw new IllegalStateException("The uploaded file could not be read", e);
        }
    }

    /** What a subscriber learns: which document, on which task; it reads the rest through the API, with its own rights. */
    private static Map<String, Object> added(CaseDocument d) {
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("documentId", d.id);
        change.put("mediaType", d.mediaType);
        if (d.taskId != null) {
            change.put("taskId", d.taskId);
        }
        return change;
    }

    private static DocumentView view(CaseDocument d) {
        return new DocumentView(d.id, d.taskId, d.filename, d.mediaType, d.sizeBytes, d.sha256, d.uploadedBy, d.uploadedAt);
    }
}
