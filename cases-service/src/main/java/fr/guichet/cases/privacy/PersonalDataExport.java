package fr.guichet.cases.privacy;

import java.time.Instant;
import java.util.Base64;
import java.util.List;

import fr.guichet.cases.aid.CaseAidService;
import fr.guichet.cases.casefile.CaseAccess;
import fr.guichet.cases.casefile.CaseFile;
import fr.guichet.cases.casefile.CaseView;
import fr.guichet.cases.document.CaseDocument;
import fr.guichet.cases.history.CaseHistory;
import fr.guichet.cases.message.CaseMessage;
import fr.guichet.cases.security.Caller;
import fr.guichet.cases.task.TaskService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Everything held on one professional (GDPR right of access), within what the caller may see. */
@ApplicationScoped
public class PersonalDataExport {

    @Inject
    Caller caller;

    @Inject
    CaseHistory history;

    @Inject
    TaskService tasks;

    @Inject
    CaseAidService aids;

    public record Export(String rpps, Instant exportedAt, List<CaseExport> cases) {
    }

    public record CaseExport(CaseView caseFile, List<TaskService.TaskView> tasks, List<CaseAidService.SelectedAid> aids,
            List<Message> messages, List<Document> documents, List<CaseHistory.Entry> history) {
    }

    public record Message(String author, String authorRole, boolean internal, String body, Instant createdAt) {
    }

    public record Document(String filename, String mediaType, int sizeBytes, String sha256, Instant uploadedAt,
            String contentBase64) {
    }

    public Export of(String rpps) {
        List<CaseExport> cases = CaseFile.<CaseFile>list("rpps = ?1 order by createdAt", rpps).stream()
                .filter(this::mayExport)
                .map(this::export)
                .toList();
        return new Export(rpps, Instant.now(), cases);
    }

    /**
     * A professional's right of access covers every case held under their RPPS, including those a partner or
     * the desk opened for them (PrivacyResource has checked the RPPS is the caller's own). Staff export what
     * their departments hold.
     */
    private boolean mayExport(CaseFile c) {
        return caller.is(Caller.Role.DOCTOR) || CaseAccess.canSee(caller, c);
    }

    private CaseExport export(CaseFile c) {
        boolean staff = caller.is(Caller.Role.CORRESPONDANT);
        List<Message> messages = CaseMessage.<CaseMessage>list("caseId = ?1 order by createdAt", c.id).stream()
                .filter(m -> staff || !m.internal)
                .map(m -> new Message(m.author, m.authorRole, m.internal, m.body, m.createdAt))
                .toList();
        List<Document> documents = CaseDocument.<CaseDocument>list("caseId = ?1 order by uploadedAt", c.id).stream()
                .map(d -> new Document(d.filename, d.mediaType, d.sizeBytes, d.sha256, d.uploadedAt,
                        d.content == null ? null : Base64.getEncoder().encodeToString(d.content)))
                .toList();
        List<CaseHistory.Entry> entries = history.of(c.id).stream()
                .filter(e -> staff || !CaseHistory.INTERNAL_NOTE.equals(e.field()))
                .toList();
        return new CaseExport(CaseView.of(c), tasks.tasksOf(c.id), aids.selectedOf(c.id), messages, documents, entries);
    }
}
