package fr.guichet.aids.catalogue;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** How much an aid pays and when, in integer euro cents. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({
        @JsonSubTypes.Type(value = AmountSchedule.OneOff.class, name = "ONE_OFF"),
        @JsonSubTypes.Type(value = AmountSchedule.Instalments.class, name = "INSTALMENTS"),
        @JsonSubTypes.Type(value = AmountSchedule.Monthly.class, name = "MONTHLY"),
        @JsonSubTypes.Type(value = AmountSchedule.UnscheduledTotal.class, name = "UNSCHEDULED_TOTAL"),
        @JsonSubTypes.Type(value = AmountSchedule.Described.class, name = "DESCRIBED")
})
public sealed interface AmountSchedule {

    /** One payment, some months after the planned start. */
    record OneOff(@Positive long amountCents, @PositiveOrZero @Max(120) int monthsAfterStart) implements AmountSchedule {
    }

    /** Yearly payments; year 0 starts on the planned start date. */
    record Instalments(@NotEmpty @Size(max = 20) List<@Valid @NotNull Instalment> instalments) implements AmountSchedule {
    }

    record Instalment(@PositiveOrZero @Max(19) int yearOffset, @Positive long amountCents) {
    }

    /** A monthly payment; {@code months} null means open-ended (e.g. until the end of studies). */
    record Monthly(@Positive long amountCents, @Min(1) @Max(240) Integer months, @Size(max = 500) String description)
            implements AmountSchedule {
    }

    /** A known total whose payment dates are not published. */
    record UnscheduledTotal(@Positive long amountCents, @NotBlank @Size(max = 500) String description)
            implements AmountSchedule {
    }

    /** Not computable from a profile (a share of fees, a cap): described in words, optionally capped. */
    record Described(@Positive Long maxAmountCents, @NotBlank @Size(max = 1000) String description)
            implements AmountSchedule {
    }
}
