package fr.guichet.desk.casefile;

import java.util.List;
import java.util.UUID;

import org.jboss.resteasy.reactive.RestResponse;

import jakarta.ws.rs.core.HttpHeaders;

/** Everything the case page shows, read from the API at once, with the ETag a move must send back. */
public record CaseFolder(CaseView view, String etag, List<TaskView> tasks, InstallationPlan plan,
        List<SelectedAid> aids, List<HistoryEntry> history) {

    static CaseFolder load(CaseFilesApi api, UUID id) {
        RestResponse<CaseView> read = api.getCase(id);
        return new CaseFolder(read.getEntity(), read.getHeaderString(HttpHeaders.ETAG), api.listCaseTasks(id),
                api.getCasePlan(id), api.listCaseAids(id), api.listCaseHistory(id));
    }

    public long overdueTasks() {
        return tasks.stream().filter(TaskView::overdue).count();
    }

    /** The checklist's label for a task code, else the code itself. */
    String taskLabel(String code) {
        return tasks.stream().filter(t -> t.code().equals(code)).map(TaskView::label).findFirst().orElse(code);
    }
}
