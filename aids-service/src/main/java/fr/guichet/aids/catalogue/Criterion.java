package fr.guichet.aids.catalogue;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

import fr.guichet.aids.territory.ZoneType;
import fr.guichet.common.api.Lists;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** A typed eligibility condition, stored as data in an aid version and evaluated by the eligibility engine. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = Criterion.Territory.class, name = "TERRITORY"),
        @JsonSubTypes.Type(value = Criterion.Zone.class, name = "ZONE"),
        @JsonSubTypes.Type(value = Criterion.NotZone.class, name = "NOT_ZONE"),
        @JsonSubTypes.Type(value = Criterion.PracticeModeIn.class, name = "PRACTICE_MODE"),
        @JsonSubTypes.Type(value = Criterion.CoordinatedPracticeIn.class, name = "COORDINATED_PRACTICE"),
        @JsonSubTypes.Type(value = Criterion.SectorIn.class, name = "SECTOR"),
        @JsonSubTypes.Type(value = Criterion.OnCallDuty.class, name = "ON_CALL_DUTY"),
        @JsonSubTypes.Type(value = Criterion.MinDaysPerWeek.class, name = "MIN_DAYS_PER_WEEK")
})
public sealed interface Criterion {

    String INSEE_AREA_CODE = "^(\\d{2,3}|2A|2B)$";

    /** The commune lies in one of these regions or departments. */
    record Territory(List<@Pattern(regexp = INSEE_AREA_CODE) String> regions,
            List<@Pattern(regexp = INSEE_AREA_CODE) String> departments) implements Criterion {
        public Territory {
            regions = regions == null ? List.of() : Lists.copyAllowingNulls(regions);
            departments = departments == null ? List.of() : Lists.copyAllowingNulls(departments);
        }
    }

    /** The commune has one of these zones in force. */
    record Zone(@NotEmpty List<@NotNull ZoneType> anyOf) implements Criterion {
    }

    /** The commune has none of these zones in force. */
    record NotZone(@NotEmpty List<@NotNull ZoneType> anyOf) implements Criterion {
    }

    record PracticeModeIn(@NotEmpty List<@NotNull PracticeMode> anyOf) implements Criterion {
    }

    record CoordinatedPracticeIn(@NotEmpty List<@NotNull CoordinatedPractice> anyOf) implements Criterion {
    }

    record SectorIn(@NotEmpty List<@NotNull Sector> anyOf) implements Criterion {
    }

    /** The professional takes part in the permanence des soins (PDSA). */
    record OnCallDuty() implements Criterion {
    }

    record MinDaysPerWeek(@NotNull @DecimalMin("0.5") @DecimalMax("7") BigDecimal min) implements Criterion {
    }
}
