package fr.guichet.welcome.registration;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.guichet.common.api.Lists;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What a registrant and an organiser send about registrations. */
public final class RegistrationInputs {

    private RegistrationInputs() {
    }

    @Schema(name = "RegistrationInput", description = "A person registering to an event")
    public record RegistrationInput(
            @NotBlank @Size(max = 100) @Schema(example = "Léa") String firstName,
            @NotBlank @Size(max = 100) @Schema(example = "Fontaine") String lastName,
            @NotBlank @Email @Size(max = 254) @Schema(description = "Where the confirmation and the links are sent; never shown "
                    + "publicly", example = "lea.fontaine@etu.univ-tours.fr") String email,
            @NotNull RegistrantStatus status,
            @Size(max = 200) @Schema(description = "Faculty (UFR) of medicine", example = "Tours") String faculty,
            @Min(1) @Max(12) @Schema(description = "Year of studies, or of the internship for an intern", example = "5")
            Integer year) {
    }

    @Schema(name = "RegistrantToken", description = "The token of a registrant's link, as the mail gave it")
    public record RegistrantToken(@NotBlank @Size(max = 100) String token) {
    }

    @Schema(name = "Attendance", description = "The registrations present: the whole list, which replaces the previous one")
    public record Attendance(@NotNull @Size(max = 5000) List<@NotNull UUID> present) {

        public Attendance {
            present = present == null ? null : Lists.copyAllowingNulls(present);
        }
    }
}
