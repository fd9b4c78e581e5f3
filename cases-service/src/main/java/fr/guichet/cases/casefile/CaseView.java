package fr.guichet.cases.casefile;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.guichet.cases.casefile.ProjectTerms.CareerStage;
import fr.guichet.cases.casefile.ProjectTerms.Channel;
import fr.guichet.cases.casefile.ProjectTerms.CoordinatedPractice;
import fr.guichet.cases.casefile.ProjectTerms.PracticeMode;
import fr.guichet.cases.casefile.ProjectTerms.PracticeSite;
import fr.guichet.cases.casefile.ProjectTerms.ReceivedAid;
import fr.guichet.cases.casefile.ProjectTerms.Sector;
import fr.guichet.cases.workflow.CaseStatus;
import fr.guichet.cases.workflow.Workflow;

/** A case file as its readers see it; {@code version} is also its ETag. */
public record CaseView(UUID id, String reference, CaseStatus status, int version, Professional professional,
        Project project, Channel channel, String assignee, String createdByClient, String abandonReason,
        List<CaseStatus> nextSteps, Instant createdAt, Instant updatedAt, Instant anonymisedAt,
        @Schema(description = "The quick request this case was opened from, if any") UUID fromRequest) {

    public record Professional(String rpps, String firstName, String lastName, String email, String phone,
            Profession profession, String specialty, CareerStage careerStage) {
    }

    public record Project(String targetCommune, String department, PracticeMode practiceMode,
            CoordinatedPractice coordinatedPractice, Sector sector, Boolean onCallDuty, BigDecimal daysPerWeek,
            PracticeSite practiceSite, Boolean alreadyInstalledElsewhere, Integer remainingStudyMonths,
            List<ReceivedAid> aidsAlreadyReceived, LocalDate plannedStartDate, String notes) {
    }

    /**
     * One line of a list; {@code open} says whether the case is still under way (not closed nor abandoned),
     * {@code overdueTasks} how many of its unfinished tasks are past their due date today.
     */
    @Schema(name = "CaseSummary")
    public record Summary(UUID id, String reference, CaseStatus status, boolean open, String lastName, String firstName,
            Profession profession, String department, Channel channel, String assignee, Instant createdAt,
            @Schema(description = "Unfinished tasks past their due date today", minimum = "0") Integer overdueTasks) {
        public static Summary of(CaseFile c) {
            return new Summary(c.id, c.reference, c.status, c.status.isOpen(), c.lastName, c.firstName, c.profession,
                    c.department, c.channel, c.assignee, c.createdAt, null);
        }

        Summary withOverdueTasks(int count) {
            return new Summary(id, reference, status, open, lastName, firstName, profession, department, channel, assignee,
                    createdAt, count);
        }
    }

    public static CaseView of(CaseFile c) {
        return new CaseView(c.id, c.reference, c.status, c.version,
                new Professional(c.rpps, c.firstName, c.lastName, c.email, c.phone, c.profession, c.specialty, c.careerStage),
                new Project(c.targetCommune, c.department, c.practiceMode, c.coordinatedPractice, c.sector, c.onCallDuty,
                        c.daysPerWeek, c.practiceSite, c.alreadyInstalledElsewhere, c.remainingStudyMonths,
                        List.copyOf(c.aidsAlreadyReceived), c.plannedStartDate, c.notes),
                c.channel, c.assignee, c.createdByClient, c.abandonReason,
                Workflow.allowedAfter(c.status).stream().sorted().toList(), c.createdAt, c.updatedAt, c.anonymisedAt,
                c.fromRequest);
    }
}
