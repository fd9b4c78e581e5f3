package fr.guichet.desk.casefile;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import fr.guichet.desk.vocabulary.CareerStage;
import fr.guichet.desk.vocabulary.CaseStatus;
import fr.guichet.desk.vocabulary.Profession;

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

    public enum PracticeMode {
        LIBERAL("Libéral"),
        SALARIED("Salarié"),
        MIXED("Mixte (libéral et salarié)");

        private final String label;

        PracticeMode(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public enum CoordinatedPractice {
        NONE("Exercice seul"),
        GROUP("Cabinet de groupe"),
        MSP("Maison de santé pluriprofessionnelle (MSP)"),
        ESP("Équipe de soins primaires (ESP)"),
        CPTS("Communauté professionnelle territoriale de santé (CPTS)");

        private final String label;

        CoordinatedPractice(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public enum Sector {
        SECTOR_1("Secteur 1"),
        SECTOR_2("Secteur 2"),
        SECTOR_2_OPTAM("Secteur 2 avec OPTAM"),
        NON_CONVENTIONED("Non conventionné");

        private final String label;

        Sector(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public enum PracticeSite {
        MAIN("Cabinet principal"),
        SECONDARY("Cabinet secondaire");

        private final String label;

        PracticeSite(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
