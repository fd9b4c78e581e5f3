package fr.guichet.aids.catalogue;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/** What the professional commits to in exchange for the aid. */
public record Commitment(@NotNull Kind kind, @Positive @Max(30) Integer years,
        @NotBlank @Size(max = 1000) String description) {

    @Schema(name = "CommitmentKind")
    public enum Kind {
        STAY, SECTOR, COORDINATED_PRACTICE, ON_CALL_DUTY, ACTIVITY, OTHER
    }
}
