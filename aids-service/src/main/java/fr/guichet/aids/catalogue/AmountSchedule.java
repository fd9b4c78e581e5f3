package fr.guichet.aids.catalogue;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
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
        @JsonSubTypes.Type(value = AmountSchedule.Described.class, name = "DESCRIBED"),
        @JsonSubTypes.Type(value = AmountSchedule.Scaled.class, name = "SCALED")
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

    /**
     * A monthly payment. {@code months} caps the number of months; {@code until} says what ends it. Only the
     * months that can be paid count in a total: with {@code until} END_OF_STUDIES, the remaining months of
     * study the project states; with neither a cap nor an end the project can state, none (the amount is
     * shown per month).
     */
    record Monthly(@Positive long amountCents, @Min(1) @Max(240) Integer months, MonthlyEnd until,
            @Size(max = 500) String description) implements AmountSchedule {
    }

    /** What ends an open-ended monthly payment. */
    enum MonthlyEnd {
        END_OF_STUDIES
    }

    /**
     * An amount that depends on one answer of the project: {@code points} give the published amounts, sorted
     * by {@code at}; between two points the amount is interpolated linearly, above the last it stays at the
     * last (an "up to"), below the first there is none. {@code payments} split it over the years in percent.
     */
    record Scaled(@NotNull ScaleBasis by, @NotEmpty @Size(max = 20) List<@Valid @NotNull ScalePoint> points,
            @NotEmpty @Size(max = 20) List<@Valid @NotNull Share> payments, @Size(max = 500) String description)
            implements AmountSchedule {
    }

    /** The answer of the project an amount scales with. */
    enum ScaleBasis {
        DAYS_PER_WEEK
    }

    record ScalePoint(@NotNull @DecimalMin("0") @DecimalMax("7") BigDecimal at, @PositiveOrZero long amountCents) {
    }

    record Share(@PositiveOrZero @Max(19) int yearOffset, @Min(1) @Max(100) int percent) {
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
