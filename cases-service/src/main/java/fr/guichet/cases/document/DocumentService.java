package fr.guichet.cases.document;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import fr.guichet.cases.casefile.CaseAccess;
import fr.guichet.cases.casefile.CaseFile;
import fr.guichet.cases.history.CaseEvent;
import fr.guichet.cases.history.CaseHistory;
import fr.guichet.cases.security.Caller;
import fr.guichet.cases.task.PartnerTask;
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
    CaseAccess access;

    @Inject
    CaseHistory history;

    @Inject
    Caller caller;

    @Inject
    EntityManager em;

    @ConfigProperty(name = "guichet.documents.max-bytes", defaultValue = "10485760")
    int maxBytes;

    public record DocumentView(UUID id, UUID taskId, String filename, String mediaType, int sizeBytes, String sha256,
            String uploadedBy, Instant uploadedAt) {
    }

    public record Download(String filename, String mediaType, byte[] content) {
    }

    @Transactional
    public DocumentView store(UUID caseId, Path upload, String filename, UUID taskId) {
        CaseFile c = access.acceptingContent(caseId);
        if (taskId != null && PartnerTask.<PartnerTask>find("id = ?1 and caseId = ?2", taskId, c.id).firstResultOptional().isEmpty()) {
            throw ProblemException.invalid("taskId", "is not a task of this case");
        }
        byte[] content = read(upload);
        DocumentType type = DocumentType.sniff(content).orElseThrow(() -> new ProblemException(Problem.of(415,
                "Unsupported Media Type", "Only PDF, JPEG and PNG documents are accepted; this file's content is none of them.")));
        CaseDocument document = new CaseDocument();
        document.id = UUID.randomUUID();
        document.caseId = c.id;
        document.taskId = taskId;
        document.filename = filename;
        document.mediaType = type.mediaType();
        document.sizeBytes = content.length;
        document.sha256 = Sha256.hex(content);
        document.content = content;
        document.uploadedBy = caller.actor();
        document.uploadedAt = Instant.now();
        document.persist();
        history.record(c.id, caller.actor(), CaseEvent.Kind.DOCUMENT_ADDED, "document", null,
                Map.of("id", document.id, "sha256", document.sha256, "mediaType", document.mediaType), null);
        return view(document);
    }

    public List<DocumentView> list(UUID caseId) {
        access.visible(caseId);
        return em.createQuery("""
                select new fr.guichet.cases.document.DocumentService$DocumentView(
                    d.id, d.taskId, d.filename, d.mediaType, d.sizeBytes, d.sha256, d.uploadedBy, d.uploadedAt)
                from CaseDocument d where d.caseId = :caseId order by d.uploadedAt, d.id""", DocumentView.class)
                .setParameter("caseId", caseId).getResultList();
    }

    public Download download(UUID caseId, UUID documentId) {
        access.visible(caseId);
        CaseDocument document = CaseDocument.findById(documentId);
        if (document == null || !document.caseId.equals(caseId) || document.content == null) {
            throw ProblemException.notFound("No document " + documentId + " on this case.");
        }
        return new Download(document.filename, document.mediaType, document.content);
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

    private static DocumentView view(CaseDocument d) {
        return new DocumentView(d.id, d.taskId, d.filename, d.mediaType, d.sizeBytes, d.sha256, d.uploadedBy, d.uploadedAt);
    }
}
