package fr.guichet.welcome.survey;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

@Schema(name = "SurveyInput", description = "A registrant's answer to the short survey after the event")
public record SurveyInput(
        @NotBlank @Size(max = 100) @Schema(description = "The token of the registrant's link") String token,
        @NotNull @Min(1) @Max(5) @Schema(description = "Satisfaction, 1 (poor) to 5 (excellent)", example = "5") Integer score,
        @Size(max = 2000) @Schema(description = "What helped, in their words", example = "Rencontrer les maîtres de stage") String helped,
        @NotNull SettlingIntention settlingIntention,
        @NotNull @Schema(description = "They agree to be contacted about settling in the territory") Boolean contactConsent) {
}
