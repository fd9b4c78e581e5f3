package fr.guichet.aids.catalogue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

import fr.guichet.aids.territory.ZoneType;
import fr.guichet.common.api.Lists;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A typed eligibility condition, stored as data in an aid version and evaluated by the eligibility engine. */
@Schema(description = "A typed eligibility condition. `type` names it: TERRITORY (regions, departments, communes), "
        + "ZONE and NOT_ZONE (anyOf: zone types), PRACTICE_MODE, COORDINATED_PRACTICE, SECTOR and PRACTICE_SITE (anyOf: "
        + "their codes), ON_CALL_DUTY, MIN_DAYS_PER_WEEK (min), FIRST_INSTALLATION (first), INSTALLATION_WINDOW (from, to), "
        + "ANY_OF (anyOf: criteria, one of which holds) or QUESTION.", requiredProperties = "type",
        additionalProperties = Schema.True.class,
        properties = @SchemaProperty(name = "type", type = SchemaType.STRING, enumeration = {"TERRITORY", "ZONE", "NOT_ZONE",
                "PRACTICE_MODE", "COORDINATED_PRACTICE", "SECTOR", "ON_CALL_DUTY", "MIN_DAYS_PER_WEEK", "PRACTICE_SITE",
                "FIRST_INSTALLATION", "INSTALLATION_WINDOW", "ANY_OF", "QUESTION"}))
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = Criterion.Territory.class, name = "TERRITORY"),
        @JsonSubTypes.Type(value = Criterion.Zone.class, name = "ZONE"),
        @JsonSubTypes.Type(value = Criterion.NotZone.class, name = "NOT_ZONE"),
        @JsonSubTypes.Type(value = Criterion.PracticeModeIn.class, name = "PRACTICE_MODE"),
        @JsonSubTypes.Type(value = Criterion.CoordinatedPracticeIn.class, name = "COORDINATED_PRACTICE"),
        @JsonSubTypes.Type(value = Criterion.SectorIn.class, name = "SECTOR"),
        @JsonSubTypes.Type(value = Criterion.OnCallDuty.class, name = "ON_CALL_DUTY"),
        @JsonSubTypes.Type(value = Criterion.MinDaysPerWeek.class, name = "MIN_DAYS_PER_WEEK"),
        @JsonSubTypes.Type(value = Criterion.PracticeSiteIn.class, name = "PRACTICE_SITE"),
        @JsonSubTypes.Type(value = Criterion.FirstInstallation.class, name = "FIRST_INSTALLATION"),
        @JsonSubTypes.Type(value = Criterion.InstallationWindow.class, name = "INSTALLATION_WINDOW"),
        @JsonSubTypes.Type(value = Criterion.AnyOf.class, name = "ANY_OF"),
        @JsonSubTypes.Type(value = Criterion.Question.class, name = "QUESTION")
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

    /** The planned practice is the main practice or a secondary site, as the aid requires. */
    record PracticeSiteIn(@NotEmpty List<@NotNull PracticeSite> anyOf) implements Criterion {
    }

    /**
     * {@code first} true (the default): a first liberal installation, the professional is not installed
     * elsewhere; false: the professional is already installed elsewhere.
     */
    record FirstInstallation(Boolean first) implements Criterion {
        public FirstInstallation {
            first = first == null ? Boolean.TRUE : first;
        }
    }

    /**
     * The installation itself (not the signature of the contract, which the version's validity bounds)
     * falls between {@code from} and {@code to}, both inclusive; either may be open.
     */
    record InstallationWindow(LocalDate from, LocalDate to) implements Criterion {
    }

    /** At least one of these criteria holds: how the catalogue says "or". */
    record AnyOf(@NotEmpty @Size(max = 10) List<@Valid @NotNull Criterion> anyOf) implements Criterion {
    }

    /**
     * A condition the sources state but that no answer of the project can settle: always NEEDS_INFO, with
     * the question a person must answer. Inside ANY_OF, it makes "no" into "ask" rather than "refuse".
     */
    record Question(@NotBlank @Size(max = 1000) String question) implements Criterion {
    }
}
