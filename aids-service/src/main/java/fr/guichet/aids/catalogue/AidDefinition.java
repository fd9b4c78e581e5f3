package fr.guichet.aids.catalogue;

import java.util.List;

import fr.guichet.common.api.Lists;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What an aid version says: whom it targets, the typed criteria the engine evaluates, the prose
 * conditions a person checks, what it pays and what it commits to. {@code otherFunders}: who else may pay
 * it besides the version's funder (a local aid is decided by a commune, an EPCI, a department or a region).
 */
public record AidDefinition(
        @NotEmpty List<@NotNull Profession> professions,
        @NotEmpty List<@NotNull CareerStage> careerStages,
        @Size(max = 30) List<@Valid @NotNull Criterion> criteria,
        @Size(max = 30) List<@NotBlank @Size(max = 1000) String> conditionsToCheck,
        @Valid @NotNull AmountSchedule amount,
        @Size(max = 20) List<@Valid @NotNull Commitment> commitments,
        @Size(max = 50) List<@NotNull @Pattern(regexp = AidCode.PATTERN) String> incompatibleWith,
        @Size(max = 30) List<@NotBlank @Size(max = 300) String> requiredDocuments,
        @Size(max = 6) List<@NotNull Funder> otherFunders) {

    public AidDefinition {
        criteria = criteria == null ? List.of() : Lists.copyAllowingNulls(criteria);
        conditionsToCheck = conditionsToCheck == null ? List.of() : Lists.copyAllowingNulls(conditionsToCheck);
        commitments = commitments == null ? List.of() : Lists.copyAllowingNulls(commitments);
        incompatibleWith = incompatibleWith == null ? List.of() : Lists.copyAllowingNulls(incompatibleWith);
        requiredDocuments = requiredDocuments == null ? List.of() : Lists.copyAllowingNulls(requiredDocuments);
        otherFunders = otherFunders == null ? List.of() : Lists.copyAllowingNulls(otherFunders);
    }

    /** The territory criterion, or null for a national aid. */
    public Criterion.Territory territory() {
        return criteria.stream()
                .filter(Criterion.Territory.class::isInstance)
                .map(Criterion.Territory.class::cast)
                .findFirst().orElse(null);
    }
}
