package fr.guichet.cases.folder;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonProperty;

import fr.guichet.cases.aid.SelectedAid;
import fr.guichet.cases.casefile.CaseView;
import fr.guichet.cases.correction.CorrectionView;
import fr.guichet.cases.document.DocumentService.DocumentView;
import fr.guichet.cases.history.CaseHistory;
import fr.guichet.cases.message.MessageService.MessageView;
import fr.guichet.cases.plan.InstallationPlan;
import fr.guichet.cases.task.TaskView;

/**
 * A case with everything on it, each part exactly as its own read answers the same caller (getCase, listCaseTasks,
 * getCasePlan, listCaseAids, listCaseHistory, listMessages, listDocuments, listCorrections), read at one instant.
 */
@Schema(name = "CaseFolder", description = "A case with its tasks, plan, aids, history, messages, documents and "
        + "correction requests, each as its own operation answers the same caller")
public record CaseFolder(
        @JsonProperty("case") @Schema(required = true) CaseView caseView,
        @Schema(required = true) List<TaskView> tasks,
        @Schema(required = true) InstallationPlan plan,
        @Schema(required = true) List<SelectedAid> aids,
        @Schema(required = true, description = "Oldest first") List<CaseHistory.Entry> history,
        @Schema(required = true, description = "Oldest first") List<MessageView> messages,
        @Schema(required = true) List<DocumentView> documents,
        @Schema(required = true, description = "Oldest first") List<CorrectionView> corrections) {
}
