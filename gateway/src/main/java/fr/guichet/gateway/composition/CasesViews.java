package fr.guichet.gateway.composition;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * cases-service's answers as the composed views read them, shaped after its own views (CaseView,
 * TaskService.TaskView). The examples in contracts/cases-service hold these fields; cases-service's tests
 * check its real answers against them. Codes (status, profession…) stay strings: the gateway shows them
 * and never decides on them; cases-service says what is open or finished. The public document still types
 * them by the services' enums ({@code @Schema(ref)}: the merged document holds those definitions).
 */
public final class CasesViews {

    private CasesViews() {
    }

    public record Page(List<Summary> items, String nextCursor) {
    }

    /** One line of the list; {@code open}: not closed nor abandoned. */
    @Schema(name = "MyCaseSummary")
    public record Summary(UUID id, String reference, @Schema(ref = "CaseStatus") String status, boolean open, String lastName,
            String firstName, @Schema(ref = "Profession") String profession, String department,
            @Schema(ref = "Channel") String channel, String assignee, Instant createdAt) {
    }

    @Schema(name = "MyCurrentCase")
    public record Case(UUID id, String reference, @Schema(ref = "CaseStatus") String status, int version,
            Professional professional, Project project, @Schema(ref = "Channel") String channel, String assignee, String createdByClient, String abandonReason,
            List<String> nextSteps, Instant createdAt, Instant updatedAt, Instant anonymisedAt) {
    }

    @Schema(name = "MyProfessional")
    public record Professional(String rpps, String firstName, String lastName, String email, String phone,
            @Schema(ref = "Profession") String profession, String specialty, @Schema(ref = "CareerStage") String careerStage) {
    }

    @Schema(name = "MyProject")
    public record Project(String targetCommune, String department, @Schema(ref = "PracticeMode") String practiceMode,
            @Schema(ref = "CoordinatedPractice") String coordinatedPractice, @Schema(ref = "Sector") String sector, Boolean onCallDuty, BigDecimal daysPerWeek, LocalDate plannedStartDate, String notes) {
    }

    /**
     * A partner's task; {@code finished}: done or not applicable; {@code awaitingProfessional}: the correction requests on
     * it that wait on the professional's answer.
     */
    @Schema(name = "MyTask")
    public record Task(UUID id, String code, String partner, String label, boolean mandatory,
            @Schema(ref = "TaskStatus") String status, boolean finished, LocalDate dueDate, List<String> requiredDocuments, String aidCode, String lastActor,
            Instant updatedAt,
            @Schema(description = "How many correction requests on this task wait on your answer (0: none)", minimum = "0")
            int awaitingProfessional) {
    }
}
