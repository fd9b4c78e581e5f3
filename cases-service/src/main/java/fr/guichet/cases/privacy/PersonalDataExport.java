package fr.guichet.cases.privacy;

import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.guichet.cases.aid.CaseAidService;
import fr.guichet.cases.aid.SelectedAid;
import fr.guichet.cases.casefile.CaseFile;
import fr.guichet.cases.casefile.CasePersonalData;
import fr.guichet.cases.casefile.CaseView;
import fr.guichet.cases.correction.CorrectionService;
import fr.guichet.cases.correction.CorrectionView;
import fr.guichet.cases.document.DocumentService;
import fr.guichet.cases.history.CaseHistory;
import fr.guichet.cases.message.MessageService;
import fr.guichet.cases.policy.CaseAction;
import fr.guichet.cases.policy.CasePolicy;
import fr.guichet.cases.task.TaskService;
import fr.guichet.cases.task.TaskView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Everything held on one professional (GDPR right of access), within what the caller may see. */
@ApplicationScoped
public class PersonalDataExport {

    @Inject
    CasePolicy policy;

    @Inject
    CasePersonalData caseFiles;

    @Inject
    MessageService messages;

    @Inject
    DocumentService documents;

    @Inject
    Clock clock;

    @Inject
    CaseHistory history;

    @Inject
    TaskService tasks;

    @Inject
    CorrectionService corrections;

    @Inject
    CaseAidService aids;

    @Schema(name = "PersonalDataExport")
    public record Export(String rpps, Instant exportedAt, List<CaseExport> cases) {
    }

    public record CaseExport(CaseView caseFile, List<TaskView> tasks, List<SelectedAid> aids,
            List<Message> messages, List<Document> documents, List<CaseHistory.Entry> history,
            List<CorrectionView> corrections) {
    }

    public record Message(String author, String authorRole, boolean internal, String body, Instant createdAt) {
    }

    public record Document(String filename, String mediaType, int sizeBytes, String sha256, Instant uploadedAt,
            String contentBase64) {
    }

    public Export of(String rpps) {
        policy.requireOwnData(rpps);
        List<CaseExport> cases = caseFiles.heldUnder(rpps).stream()
                .filter(policy::includesInExport)
                .map(this::export)
                .toList();
        return new Export(rpps, Instant.now(clock), cases);
    }

    private CaseExport export(CaseFile c) {
        List<Message> thread = messages.messagesOf(c.id).stream()
                .map(m -> new Message(m.author(), m.authorRole(), m.internal(), m.body(), m.createdAt()))
                .toList();
        List<Document> held = documents.documentsOf(c.id).stream()
                .map(d -> new Document(d.filename(), d.mediaType(), d.sizeBytes(), d.sha256(), d.uploadedAt(),
                        d.content() == null ? null : Base64.getEncoder().encodeToString(d.content())))
                .toList();
        return new CaseExport(CaseView.of(c), tasks.tasksOf(c.id), aids.selectedOf(c.id), thread, held,
                history.of(c.id, policy.may(CaseAction.READ_INTERNAL_NOTES),
                        policy.may(CaseAction.READ_EVERY_TASK_REMARK)),
                corrections.correctionsOf(c.id));
    }
}
