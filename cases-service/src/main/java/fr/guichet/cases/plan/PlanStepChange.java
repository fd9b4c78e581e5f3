package fr.guichet.cases.plan;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What an administrator sets of a plan step (all of it, as PUT replaces): its label, lead time and anchor, and the
 * note and source that justify them. A step without a lead time must say why ({@code note}). Which professions and
 * practice modes it applies to, and what it waits on, are the migration's: changing them is a change of the product.
 */
public record PlanStepChange(
        @NotBlank @Size(max = 300) String label,
        @Min(0) @Max(730) Integer leadTimeDays,
        @NotNull Anchor anchor,
        @Size(max = 1000) String note,
        @NotBlank @Size(max = 500) String source) {
}
