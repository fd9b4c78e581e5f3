package fr.guichet.desk.inbox;

import io.quarkus.qute.TemplateData;

import java.time.LocalDate;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A partner task with its due date, and the case it belongs to. */
@JsonIgnoreProperties(ignoreUnknown = true)
@TemplateData
public record DueTask(UUID taskId, UUID caseId, String caseReference, String department, String label, String ownerOrg,
        LocalDate dueDate) {

    public String casePath() {
        return "/dossiers/" + caseId;
    }
}
