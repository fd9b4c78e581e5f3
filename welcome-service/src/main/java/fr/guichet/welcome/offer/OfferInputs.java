package fr.guichet.welcome.offer;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.guichet.common.api.Lists;
import fr.guichet.welcome.event.EventInputs;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What an organiser sends to create or replace an offer: common fields, and the details of its kind. */
public final class OfferInputs {

    /** The territory's codes as events take them. */
    public static final String DEPARTMENT = EventInputs.DEPARTMENT;
    public static final String COMMUNE = EventInputs.COMMUNE;
    /** A semester by its first month: interns change placements in May and November. */
    public static final String SEMESTER = "^[0-9]{4}-(05|11)$";

    private OfferInputs() {
    }

    @Schema(name = "OfferInput", description = "An offer as its organiser describes it. Exactly one of job, internship and "
            + "housing is given, the one of its kind.")
    public record OfferInput(
            @NotNull OfferKind kind,
            @NotBlank @Size(max = 200) @Schema(example = "Médecin généraliste salarié au centre de santé de Mende") String title,
            @NotBlank @Size(max = 10000) @Schema(description = "The offer, as text; searched in French full text") String description,
            @NotNull @Pattern(regexp = DEPARTMENT, message = "must be a department code such as 48, 2A or 974")
            @Schema(description = "The department of the offer, in the organiser's territory", example = "48") String department,
            @NotNull @Pattern(regexp = COMMUNE, message = "must be a commune's INSEE code such as 48095")
            @Schema(description = "The commune of the offer, in its department", example = "48095") String communeInsee,
            @NotEmpty @Size(max = 4) @Schema(example = "[\"INTERNS\", \"REPLACEMENTS\"]") List<@NotNull OfferAudience> audiences,
            @NotNull @Schema(description = "The French date from which it is public once published", example = "2027-01-04")
            LocalDate publishedFrom,
            @NotNull @Schema(description = "The last French date it is public; the day after, it leaves every public answer",
                    example = "2027-06-30") LocalDate expiresOn,
            @NotNull @Valid Contact contact,
            @Valid Job job,
            @Valid Internship internship,
            @Valid Housing housing) {

        public OfferInput {
            audiences = audiences == null ? null : Lists.copyAllowingNulls(audiences);
        }
    }

    @Schema(name = "OfferContact", description = "Whom to contact about the offer: shown publicly")
    public record Contact(
            @NotBlank @Size(max = 200) @Schema(example = "Service santé du Département de la Lozère") String name,
            @NotBlank @Email @Size(max = 254) @Schema(example = "sante@lozere.example.fr") String email,
            @Size(max = 30) @Pattern(regexp = "^[0-9 +().-]{6,30}$", message = "must be a telephone number")
            @Schema(example = "04 66 00 00 00") String phone) {
    }

    @Schema(name = "JobDetails", description = "A post")
    public record Job(
            @NotNull JobPosition position,
            @NotBlank @Size(max = 200) @Schema(description = "The health centre, practice or hospital",
                    example = "Centre de santé départemental de Mende") String workplace,
            @Schema(description = "When it starts, if known", example = "2027-03-01") LocalDate startsOn) {
    }

    @Schema(name = "InternshipDetails", description = "Internship places with a supervisor (maître de stage universitaire)")
    public record Internship(
            @NotBlank @Size(max = 200) @Schema(example = "Maison de santé pluriprofessionnelle de Marvejols") String practice,
            @NotBlank @Size(max = 200) @Schema(example = "Dr Claire Martin") String supervisor,
            @NotEmpty @Size(max = 12) @Valid List<@NotNull SemesterPlaces> placesBySemester) {

        public Internship {
            placesBySemester = placesBySemester == null ? null : Lists.copyAllowingNulls(placesBySemester);
        }
    }

    @Schema(name = "HousingDetails", description = "A home for students and interns")
    public record Housing(
            @NotNull HousingType type,
            @NotBlank @Size(max = 300) @Schema(example = "12 rue de l'Ange, Mende") String address,
            @NotNull @Min(0) @Max(1_000_000) @Schema(description = "Monthly rent in euro cents; 0 when free", example = "0")
            Integer rentCents,
            @Size(max = 1000) @Schema(description = "What the housing allowance covers",
                    example = "Le loyer entier pour les stages en zone sous-dotée") String allowanceCovers,
            @NotEmpty @Size(max = 12) @Valid List<@NotNull SemesterPlaces> availability) {

        public Housing {
            availability = availability == null ? null : Lists.copyAllowingNulls(availability);
        }
    }

    @Schema(name = "SemesterPlaces", description = "Places in one semester")
    public record SemesterPlaces(
            @NotNull @Pattern(regexp = SEMESTER, message = "must be a semester by its first month, such as 2027-05 or 2027-11")
            @Schema(description = "The semester by its first month (May or November)", example = "2027-05") String semester,
            @NotNull @Min(1) @Max(100) @Schema(example = "2") Integer places) {
    }
}
