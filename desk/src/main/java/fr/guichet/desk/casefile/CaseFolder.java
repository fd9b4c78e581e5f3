package fr.guichet.desk.casefile;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jboss.resteasy.reactive.RestResponse;

import com.fasterxml.jackson.annotation.JsonProperty;

import fr.guichet.desk.exchange.CaseDocument;
import fr.guichet.desk.exchange.Correction;
import fr.guichet.desk.exchange.Exchange;
import fr.guichet.desk.exchange.FormState;
import fr.guichet.desk.exchange.Message;
import jakarta.ws.rs.core.HttpHeaders;

/**
 * Everything the case page shows, read from the API in one call, with the ETag a move must send back, the exchange
 * (messages, documents, correction requests) whose forms come back to this page, and today's date in France to tell
 * what is overdue.
 */
public record CaseFolder(CaseView view, String etag, List<TaskView> tasks, InstallationPlan plan,
        List<SelectedAid> aids, List<HistoryEntry> history, Exchange exchange, LocalDate today) {

    /** The API's getCaseFolder: each part as its own read would answer the user. */
    record Read(@JsonProperty("case") CaseView view, List<TaskView> tasks, InstallationPlan plan, List<SelectedAid> aids,
            List<HistoryEntry> history, List<Message> messages, List<CaseDocument> documents, List<Correction> corrections) {
    }

    static CaseFolder load(CaseFilesApi api, UUID id, LocalDate today) {
        RestResponse<Read> answer = api.getCaseFolder(id);
        Read read = answer.getEntity();
        return new CaseFolder(read.view(), answer.getHeaderString(HttpHeaders.ETAG), read.tasks(), read.plan(), read.aids(),
                read.history(), new Exchange(id, CaseFileResource.LIST + "/" + id, read.messages(), read.documents(),
                        read.corrections(), FormState.NONE), today);
    }

    public boolean overdue(TaskView task) {
        return task.overdue(today);
    }

    public long overdueTasks() {
        return tasks.stream().filter(this::overdue).count();
    }

    /** The checklist's label for a task code, else the code itself. */
    String taskLabel(String code) {
        return tasks.stream().filter(t -> t.code().equals(code)).map(TaskView::label).findFirst().orElse(code);
    }
}
