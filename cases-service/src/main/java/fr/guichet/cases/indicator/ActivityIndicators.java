package fr.guichet.cases.indicator;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The correspondant's activity over a period, four counts kept apart (seed: Hauts-de-France answered 900+ requests
 * in 2016 while the Aisne accompanied about 40 projects and saw 9 installations): quick requests received,
 * cases accompanied (qualified), installations and aid contracts signed, each counted on the day it happened,
 * overall and by department, profession, channel, subject and month.
 */
public record ActivityIndicators(LocalDate from, LocalDate to, Figures total, List<Breakdown> byDepartment,
        List<Breakdown> byProfession, List<Breakdown> byChannel, List<Breakdown> bySubject, List<Breakdown> byMonth) {

    @Schema(name = "ActivityFigures")
    public record Figures(
            @Schema(description = "Quick requests received") long requests,
            @Schema(description = "Cases qualified, i.e. taken on for accompaniment") long accompaniedCases,
            @Schema(description = "Cases installed") long installations,
            @Schema(description = "Aids signed on cases (status SIGNED)") long contracts) {
        static final Figures NONE = new Figures(0, 0, 0, 0);
    }

    /**
     * One value of a dimension; null where it is not stated (a request whose profession was not given, and every
     * case under subject, which only requests have). Channels are the requests' and the cases' own codes.
     */
    @Schema(name = "ActivityBreakdown")
    public record Breakdown(String value, Figures figures) {
    }

    static ActivityIndicators none(LocalDate from, LocalDate to) {
        return new ActivityIndicators(from, to, Figures.NONE, List.of(), List.of(), List.of(), List.of(), List.of());
    }
}
