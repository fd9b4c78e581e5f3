package fr.guichet.desk.mine;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import fr.guichet.desk.vocabulary.TaskStatus;

/** A step of my file, owned by a partner, as /api/me and GET /api/cases/{id}/tasks both give it. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MyTask(UUID id, String label, String partner, TaskStatus status, boolean finished, LocalDate dueDate,
        List<String> requiredDocuments, int awaitingProfessional) {

    public MyTask {
        requiredDocuments = requiredDocuments == null ? List.of() : requiredDocuments;
    }

    public String owner() {
        return Owners.label(partner);
    }

    /** Past its due date (Paris day) and not finished. */
    public boolean overdue(LocalDate today) {
        return !finished && dueDate != null && dueDate.isBefore(today);
    }

    public boolean waitsOnMe() {
        return awaitingProfessional > 0;
    }
}
