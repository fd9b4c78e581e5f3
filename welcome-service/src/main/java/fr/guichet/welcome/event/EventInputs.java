package fr.guichet.welcome.event;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.guichet.common.api.Lists;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What an organiser sends to create or replace an event. */
public final class EventInputs {

    public static final String DEPARTMENT = "^(0[1-9]|[1-8][0-9]|9[0-5]|2A|2B|97[1-6])$";
    public static final String COMMUNE = "^([0-9]{5}|2[AB][0-9]{3})$";

    private EventInputs() {
    }

    @Schema(name = "EventInput", description = "An event as its organiser describes it. ONLINE_SESSION takes an onlineUrl "
            + "and no place; every other kind takes a place (and may take an onlineUrl for those who follow from afar).")
    public record EventInput(
            @NotNull EventKind kind,
            @NotBlank @Size(max = 200) @Schema(example = "Journée d'accueil des internes en Loir-et-Cher") String title,
            @NotNull @Schema(example = "2027-03-12T08:30:00Z") Instant startsAt,
            @NotNull @Schema(example = "2027-03-12T16:30:00Z") Instant endsAt,
            @NotNull @Pattern(regexp = DEPARTMENT, message = "must be a department code such as 41, 2A or 974")
            @Schema(description = "The department the event serves, in the organiser's territory", example = "41")
            String department,
            @Valid Place place,
            @Size(max = 500) @Schema(description = "https only", example = "https://visio.example.fr/accueil-41") String onlineUrl,
            @NotNull @Valid Audience audience,
            @NotNull @Min(1) @Max(5000) @Schema(description = "Confirmed places; registrations beyond go to the waiting list",
                    example = "60") Integer capacity,
            @Size(max = 10000) @Schema(description = "The programme, as text") String programme,
            @Size(max = 30) @Schema(description = "The partners present, by name",
                    example = "[\"ARS Centre-Val de Loire\", \"CPAM de Loir-et-Cher\"]")
            List<@NotBlank @Size(max = 200) String> partners) {

        public EventInput {
            partners = partners == null ? List.of() : Lists.copyAllowingNulls(partners);
        }
    }

    @Schema(name = "Place", description = "Where the event is held")
    public record Place(
            @NotNull @Pattern(regexp = COMMUNE, message = "must be a commune's INSEE code such as 41018")
            @Schema(description = "The commune's INSEE code, in the event's department", example = "41018") String communeInsee,
            @NotBlank @Size(max = 300) @Schema(example = "Hôtel du Département, place de la République, Blois") String address) {
    }

    @Schema(name = "Audience", description = "Whom the event addresses: at least one of students (by year of study), "
            + "interns (by specialty) and replacement doctors")
    public record Audience(
            @Size(max = 9) @Schema(description = "Years of medical studies, 1 to 9", example = "[4, 5, 6]")
            List<@NotNull @Min(1) @Max(9) Integer> studentYears,
            @Size(max = 10) @Schema(example = "[\"GENERAL_PRACTICE\"]") List<@NotNull InternSpecialty> internSpecialties,
            @Schema(description = "Replacement doctors (remplaçants) are welcome", example = "true") boolean replacements) {

        public Audience {
            studentYears = studentYears == null ? List.of() : Lists.copyAllowingNulls(studentYears);
            internSpecialties = internSpecialties == null ? List.of() : Lists.copyAllowingNulls(internSpecialties);
        }

        boolean isEmpty() {
            return studentYears.isEmpty() && internSpecialties.isEmpty() && !replacements;
        }
    }
}
