package fr.guichet.aids.catalogue;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * An aid version as a catalogue administrator writes it: to create an aid ({@code code} required) or to
 * publish its next version ({@code code} omitted or equal to the path).
 */
@Schema(description = "An aid version to create or publish", example = CatalogueExamples.AID_DRAFT)
public record AidDraft(
        @Pattern(regexp = AidCode.PATTERN, message = "must be upper-case letters, digits and underscores, 2 to 40") String code,
        @NotNull LocalDate validFrom,
        LocalDate validTo,
        @Schema(description = "True when no source gives validFrom (a best reading); default false") Boolean validFromIndicative,
        @Schema(description = "True when no source gives validTo (a best reading); default false") Boolean validToIndicative,
        @NotBlank @Size(max = 300) String label,
        @NotBlank @Size(max = 5000) String description,
        @NotNull Funder funder,
        @NotBlank @Size(max = 40) String category,
        @NotBlank @Size(max = 500) @Pattern(regexp = "^https?://\\S+$", message = "must be an http(s) URL") String sourceUrl,
        @Valid @NotNull AidDefinition definition) {
}
