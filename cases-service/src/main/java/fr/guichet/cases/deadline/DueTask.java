package fr.guichet.cases.deadline;

import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.guichet.cases.task.TaskStatus;

/** An unfinished task with a due date, on a case under way, as the deadline lists and the digests show it. */
@Schema(name = "DueTask")
public record DueTask(UUID taskId, UUID caseId, String caseReference, String department, String assignee, String code,
        String label, String ownerOrg, TaskStatus status, LocalDate dueDate) {
}
