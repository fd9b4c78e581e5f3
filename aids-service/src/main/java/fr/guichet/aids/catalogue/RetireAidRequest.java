package fr.guichet.aids.catalogue;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Retiring an aid ends it from a date; its past versions stay readable. */
@Schema(example = CatalogueExamples.RETIREMENT)
public record RetireAidRequest(@NotNull LocalDate effectiveFrom, @NotBlank @Size(max = 1000) String reason) {
}
