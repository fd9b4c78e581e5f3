package fr.guichet.aids.eligibility;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.guichet.aids.catalogue.AidCode;
import fr.guichet.aids.catalogue.CareerStage;
import fr.guichet.aids.catalogue.CoordinatedPractice;
import fr.guichet.aids.catalogue.PracticeMode;
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
         "daysPerWeek": 4, "plannedStartDate": "2026-03-01", "aidsAlreadyReceived": []}""")
public record EligibilityRequest(
        @NotNull Profession profession,
        @NotNull CareerStage careerStage,
        @NotNull @Pattern(regexp = "^(\\d{5}|2[AB]\\d{3})$", message = "must be an INSEE commune code such as 48095") String targetCommune,
        PracticeMode practiceMode,
        CoordinatedPractice coordinatedPractice,
        Sector sector,
        Boolean onCallDuty,
        @DecimalMin("0.5") @DecimalMax("7") BigDecimal daysPerWeek,
        @NotNull LocalDate plannedStartDate,
        @Size(max = 50) List<@Valid @NotNull ReceivedAid> aidsAlreadyReceived,
        @Schema(description = "Years over which amounts are totalled, default 5") @Min(1) @Max(10) Integer horizonYears) {

    public static final int DEFAULT_HORIZON_YEARS = 5;

    public EligibilityRequest {
        aidsAlreadyReceived = aidsAlreadyReceived == null ? List.of() : Lists.copyAllowingNulls(aidsAlreadyReceived);
    }

    /** An aid the professional already received, and when. */
    public record ReceivedAid(@NotNull @Pattern(regexp = AidCode.PATTERN) String code, @NotNull LocalDate date) {
    }

    public LocalDate horizonEnd() {
        return plannedStartDate.plusYears(horizonYears == null ? DEFAULT_HORIZON_YEARS : horizonYears);
    }
}
