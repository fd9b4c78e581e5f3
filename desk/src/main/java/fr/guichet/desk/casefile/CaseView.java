package fr.guichet.desk.casefile;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import fr.guichet.desk.vocabulary.CareerStage;
import fr.guichet.desk.vocabulary.CaseStatus;
import fr.guichet.desk.vocabulary.CoordinatedPractice;
import fr.guichet.desk.vocabulary.PracticeMode;
import fr.guichet.desk.vocabulary.PracticeSite;
import fr.guichet.desk.vocabulary.Profession;
import fr.guichet.desk.vocabulary.Sector;

/** One case as the API shows it (CaseView): who, what project, which step and the steps allowed next. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CaseView(UUID id, String reference, CaseStatus status, Professional professional, Project project,
        Channel channel, String assignee, String abandonReason, List<CaseStatus> nextSteps, Instant createdAt,
        Instant updatedAt) {

    public CaseView {
        nextSteps = nextSteps == null ? List.of() : nextSteps;
    }

    public boolean mayMove() {
        return !nextSteps.isEmpty();
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Professional(String rpps, String firstName, String lastName, String email, String phone,
            Profession profession, String specialty, CareerStage careerStage) {

        public String fullName() {
            return firstName == null ? lastName : firstName + " " + lastName;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Project(String targetCommune, String department, PracticeMode practiceMode,
            CoordinatedPractice coordinatedPractice, Sector sector, Boolean onCallDuty, BigDecimal daysPerWeek,
            PracticeSite practiceSite, LocalDate plannedStartDate, String notes) {

        /** 4 or 2,5: French decimals, no trailing zeros. */
        public String days() {
            return daysPerWeek == null ? "" : daysPerWeek.stripTrailingZeros().toPlainString().replace('.', ',');
        }
    }
}
