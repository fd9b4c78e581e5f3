package fr.guichet.desk.indicators;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** The outcomes of the period's cases, of which the page shows those the activity lacks. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Outcomes(Figures total) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Figures(long inProgress, long abandoned, Double medianDaysToInstallation) {
    }
}
