package fr.guichet.aids.eligibility;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.guichet.aids.catalogue.AidCode;
import fr.guichet.aids.catalogue.CareerStage;
import fr.guichet.aids.catalogue.CoordinatedPractice;
import fr.guichet.aids.catalogue.PracticeMode;
import fr.guichet.aids.catalogue.PracticeSite;
import fr.guichet.aids.catalogue.Profession;
import fr.guichet.aids.catalogue.Sector;
import fr.guichet.common.api.Lists;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A professional's project. Only profession, career stage, commune and start date are required: a
 * criterion whose answer is missing is reported as NEEDS_INFO, never guessed.
 */
@Schema(description = "The project to simulate", example = """
        {"profession": "GENERAL_PRACTITIONER", "careerStage": "INSTALLING", "targetCommune": "48095",
         "practiceMode": "LIBERAL", "coordinatedPractice": "MSP", "sector": "SECTOR_1", "onCallDuty": true,
         "daysPerWeek": 4, "practiceSite": "MAIN", "alreadyInstalledElsewhere": false,
         "plannedStartDate": "2026-03-01", "aidsAlreadyReceived": []}""")
public record EligibilityRequest(
        @NotNull Profession profession,
        @NotNull CareerStage careerStage,
        @NotNull @Pattern(regexp = "^(\\d{5}|2[AB]\\d{3})$", message = "must be an INSEE commune code such as 48095") String targetCommune,
        PracticeMode practiceMode,
        CoordinatedPractice coordinatedPractice,
        Sector sector,
        Boolean onCallDuty,
        @DecimalMin("0.5") @DecimalMax("7") BigDecimal daysPerWeek,
        @Schema(description = "The planned practice is the main practice or a secondary site") PracticeSite practiceSite,
        @Schema(description = "Already installed in liberal practice elsewhere: false for a first installation")
        Boolean alreadyInstalledElsewhere,
        @Schema(description = "Months of study left (students, interns, junior doctors): bounds allowances paid until the end of studies")
        @Min(0) @Max(240) Integer remainingStudyMonths,
        @NotNull LocalDate plannedStartDate,
        @Schema(description = "When an installed professional installed; for a project, the installation is the planned start")
        LocalDate installedOn,
        @Size(max = 50) List<@Valid @NotNull ReceivedAid> aidsAlreadyReceived,
        @Schema(description = "Years over which amounts are totalled, default 5") @Min(1) @Max(10) Integer horizonYears) {

    public static final int DEFAULT_HORIZON_YEARS = 5;

    public EligibilityRequest {
        aidsAlreadyReceived = aidsAlreadyReceived == null ? List.of() : Lists.copyAllowingNulls(aidsAlreadyReceived);
    }

    /** An aid the professional already received, and when. */
    public record ReceivedAid(@NotNull @Pattern(regexp = AidCode.PATTERN) String code, @NotNull LocalDate date) {
    }

    /** The installation date, or null when an installed professional did not state it. */
    public LocalDate installationDate() {
        if (installedOn != null) {
            return installedOn;
        }
        return careerStage.isInstalled() ? null : plannedStartDate;
    }

    public LocalDate horizonEnd() {
        return plannedStartDate.plusYears(horizonYears == null ? DEFAULT_HORIZON_YEARS : horizonYears);
    }
}
