package fr.guichet.cases.casefile;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** The vocabulary of a professional's project, shared with aids-service's eligibility simulator. */
public final class ProjectTerms {

    private ProjectTerms() {
    }

    public enum CareerStage {
        STUDENT, INTERN, JUNIOR_DOCTOR, LOCUM, INSTALLING, RECENTLY_INSTALLED, ESTABLISHED
    }

    public enum PracticeMode {
        LIBERAL, SALARIED, MIXED
    }

    public enum CoordinatedPractice {
        NONE, GROUP, MSP, ESP, CPTS
    }

    /** The planned practice is the main one or a secondary site (cabinet secondaire). */
    public enum PracticeSite {
        MAIN, SECONDARY
    }

    /** An aid the professional already received, and when: the 10-year rule and incompatibilities count it. */
    public record ReceivedAid(
            @NotNull @Pattern(regexp = "^[A-Z][A-Z0-9_]{1,39}$", message = "must be an aid code such as CAIM") String code,
            @NotNull LocalDate date) {
    }

    public enum Sector {
        SECTOR_1, SECTOR_2, SECTOR_2_OPTAM, NON_CONVENTIONED
    }

    /** How the request reached the guichet. */
    public enum Channel {
        WEB, PHONE, EMAIL, EVENT, PARTNER
    }
}
