package fr.guichet.cases.folder;

import java.util.UUID;

import fr.guichet.cases.aid.CaseAidService;
import fr.guichet.cases.casefile.CaseService;
import fr.guichet.cases.correction.CorrectionService;
import fr.guichet.cases.document.DocumentService;
import fr.guichet.cases.history.VisibleHistory;
import fr.guichet.cases.message.MessageService;
import fr.guichet.cases.plan.PlanService;
import fr.guichet.cases.task.TaskService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Reads a whole case for a screen that shows it at once: one request and one transaction instead of eight, each part
 * through the feature that owns it, so that its access rules apply unchanged.
 */
@ApplicationScoped
public class CaseFolderService {

    @Inject
    CaseService cases;

    @Inject
    TaskService tasks;

    @Inject
    PlanService plans;

    @Inject
    CaseAidService aids;

    @Inject
    VisibleHistory history;

    @Inject
    MessageService messages;

    @Inject
    DocumentService documents;

    @Inject
    CorrectionService corrections;

    @Transactional
    public CaseFolder folder(UUID caseId) {
        return new CaseFolder(cases.get(caseId), tasks.tasks(caseId), plans.planOf(caseId), aids.selected(caseId),
                history.of(caseId), messages.list(caseId), documents.list(caseId), corrections.list(caseId, null, null));
    }
}
