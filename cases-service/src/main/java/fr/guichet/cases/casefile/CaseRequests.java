package fr.guichet.cases.casefile;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.guichet.cases.casefile.ProjectTerms.CareerStage;
import fr.guichet.cases.casefile.ProjectTerms.Channel;
import fr.guichet.cases.casefile.ProjectTerms.CoordinatedPractice;
import fr.guichet.cases.casefile.ProjectTerms.PracticeMode;
import fr.guichet.cases.casefile.ProjectTerms.PracticeSite;
import fr.guichet.cases.casefile.ProjectTerms.ReceivedAid;
import fr.guichet.cases.casefile.ProjectTerms.Sector;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What clients send to create and change a case file. */
public final class CaseRequests {

    static final String INSEE = "^(\\d{5}|2[AB]\\d{3})$";
    static final String PHONE = "^\\+?[0-9 .()-]{6,20}$";

    private CaseRequests() {
    }

    /** A doctor's RPPS comes from their token; partners and correspondants give it. */
    public record ProfessionalInput(
            @Rpps String rpps,
            @NotBlank @Size(max = 100) String firstName,
            @NotBlank @Size(max = 100) String lastName,
            @NotBlank @Email @Size(max = 200) String email,
            @Pattern(regexp = PHONE, message = "must be a phone number") String phone,
            @NotNull Profession profession,
            @Size(max = 100) String specialty,
            @NotNull CareerStage careerStage) {
    }

    public record ProjectInput(
            @NotNull @Pattern(regexp = INSEE, message = "must be an INSEE commune code such as 48095") String targetCommune,
            PracticeMode practiceMode,
            CoordinatedPractice coordinatedPractice,
            Sector sector,
            Boolean onCallDuty,
            @DecimalMin("0.5") @DecimalMax("7") @Digits(integer = 1, fraction = 1) BigDecimal daysPerWeek,
            PracticeSite practiceSite,
            Boolean alreadyInstalledElsewhere,
            @Min(0) @Max(240) Integer remainingStudyMonths,
            @Size(max = 50) List<@Valid @NotNull ReceivedAid> aidsAlreadyReceived,
            LocalDate plannedStartDate,
            @Size(max = 4000) String notes) {
    }

    @Schema(example = CaseExamples.NEW_CASE)
    public record NewCase(@Valid @NotNull ProfessionalInput professional, @Valid @NotNull ProjectInput project,
            Channel channel) {
    }

    /** Fields to change; absent fields stay as they are. */
    @Schema(example = CaseExamples.CASE_CHANGES)
    public record CaseChanges(
            @Size(min = 1, max = 100) String firstName,
            @Size(min = 1, max = 100) String lastName,
            @Email @Size(max = 200) String email,
            @Pattern(regexp = PHONE, message = "must be a phone number") String phone,
            @Size(max = 100) String specialty,
            CareerStage careerStage,
            @Pattern(regexp = INSEE, message = "must be an INSEE commune code such as 48095") String targetCommune,
            PracticeMode practiceMode,
            CoordinatedPractice coordinatedPractice,
            Sector sector,
            Boolean onCallDuty,
            @DecimalMin("0.5") @DecimalMax("7") @Digits(integer = 1, fraction = 1) BigDecimal daysPerWeek,
            PracticeSite practiceSite,
            Boolean alreadyInstalledElsewhere,
            @Min(0) @Max(240) Integer remainingStudyMonths,
            @Size(max = 50) List<@Valid @NotNull ReceivedAid> aidsAlreadyReceived,
            LocalDate plannedStartDate,
            @Size(max = 4000) String notes) {
    }

    public record Assignment(@NotBlank @Size(max = 100) String assignee) {
    }
}
