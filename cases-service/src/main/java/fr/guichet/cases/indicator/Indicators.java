package fr.guichet.cases.indicator;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What the agency reports for the requests received in a period (the Aisne desk's 2016 figures: 40+
 * accompanied, 9 installed, 9 with a project), overall and broken down.
 */
public record Indicators(LocalDate from, LocalDate to, Figures total, List<Breakdown> byDepartment,
        List<Breakdown> byProfession, List<Breakdown> byChannel) {

    /** Counts over the requests received in the period; the median is over those installed. */
    @Schema(name = "IndicatorFigures")
    public record Figures(long received, long accompanied, long installed, long inProgress, long abandoned,
            Double medianDaysToInstallation) {
        static final Figures NONE = new Figures(0, 0, 0, 0, 0, null);
    }

    @Schema(name = "IndicatorBreakdown")
    public record Breakdown(String value, Figures figures) {
    }

    /** Over no department at all: nothing received. */
    static Indicators none(LocalDate from, LocalDate to) {
        return new Indicators(from, to, Figures.NONE, List.of(), List.of(), List.of());
    }
}
