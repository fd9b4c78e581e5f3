package fr.guichet.welcome.testimonial;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.guichet.common.api.Lists;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What an organiser sends to write a testimonial and to record the person's consent; what the person sends to withdraw it. */
public final class TestimonialInputs {

    static final String DEPARTMENT = "^(0[1-9]|[1-8][0-9]|9[0-5]|2A|2B|97[1-6])$";
    static final String COMMUNE = "^([0-9]{5}|2[AB][0-9]{3})$";
    static final String AID_CODE = "^[A-Z][A-Z0-9_]{1,39}$";

    private TestimonialInputs() {
    }

    @Schema(name = "TestimonialInput", description = "A testimonial as its organiser writes it with the person. Sent whole "
            + "on every change; a change after the consent was recorded needs the person's consent again.")
    public record TestimonialInput(
            @NotBlank @Size(max = 200) @Schema(example = "S'installer à Mende après l'internat") String title,
            @NotBlank @Size(max = 20000) @Schema(description = "The story, as text",
                    example = "J'ai fait mon stage de médecine générale à Mende...") String story,
            @NotBlank @Size(max = 200) @Schema(description = "How the person agreed to be named",
                    example = "Claire, médecin généraliste") String author,
            @Size(max = 500) @Schema(description = "A video of the person, https only", nullable = true,
                    example = "https://video.example.fr/temoignage-claire") String videoUrl,
            @Size(max = 500) @Schema(description = "Where the photo is (https only); shown only with the person's photo consent",
                    nullable = true, example = "https://media.example.fr/claire.jpg") String photoRef,
            @NotNull @Pattern(regexp = DEPARTMENT, message = "must be a department code such as 48")
            @Schema(description = "The department where the person settled, in the organiser's territory", example = "48")
            String department,
            @NotNull @Pattern(regexp = COMMUNE, message = "must be a commune's INSEE code such as 48095")
            @Schema(description = "The commune where the person settled, in that department", example = "48095")
            String communeInsee,
            @NotNull PracticeMode practiceMode,
            @NotNull @Min(1950) @Max(2200) @Schema(description = "The year the person settled", example = "2024") Integer settledYear,
            @Size(max = 10) @Schema(description = "Codes of the aids that helped, from the aid catalogue",
                    example = "[\"CESP\", \"OCCITANIE_MONTAGNE\"]")
            List<@NotNull @Pattern(regexp = AID_CODE, message = "must be an aid code such as CESP") String> aidCodes) {

        public TestimonialInput {
            aidCodes = aidCodes == null ? List.of() : Lists.copyAllowingNulls(aidCodes);
        }
    }

    @Schema(name = "TestimonialConsentInput", description = "The person's consent, as the organiser recorded it (signed "
            + "form, mail): which wording they agreed to, and whether their photo may be shown")
    public record ConsentInput(
            @NotBlank @Size(max = 50) @Schema(description = "The version of the consent wording the person agreed to",
                    example = "temoignage-2026-01") String wordingVersion,
            @NotNull @Schema(description = "The person agrees that their photo is shown") Boolean photoConsent,
            @Email @Size(max = 200) @Schema(description = "Where to mail the person their withdrawal link; not kept",
                    nullable = true, example = "claire.martin@example.fr") String email) {
    }

    @Schema(name = "TestimonialWithdrawalInput", description = "The token of the person's withdrawal link")
    public record WithdrawalInput(@NotBlank @Size(max = 100) String token) {
    }
}
