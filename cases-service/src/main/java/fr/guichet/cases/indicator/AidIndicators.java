package fr.guichet.cases.indicator;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What the agency reports of the aids on its cases (seed Hauts-de-France: 183 CESP and 44 PTMG contracts
 * signed): the contracts signed, the amounts agreed, paid and repaid over a period, by the date each
 * happened, overall, by aid, by department, by year, and by the three together.
 */
public record AidIndicators(LocalDate from, LocalDate to, Figures total, List<Breakdown> byAid, List<Breakdown> byDepartment,
        List<Breakdown> byYear, List<Line> byAidDepartmentAndYear) {

    @Schema(name = "AidFigures")
    public record Figures(long contractsSigned, long agreedCents, long paidCents, long repaidCents) {
        static final Figures NONE = new Figures(0, 0, 0, 0);
    }

    @Schema(name = "AidBreakdown")
    public record Breakdown(String value, Figures figures) {
    }

    @Schema(name = "AidIndicatorLine")
    public record Line(String aid, String department, int year, Figures figures) {
    }

    static AidIndicators none(LocalDate from, LocalDate to) {
        return new AidIndicators(from, to, Figures.NONE, List.of(), List.of(), List.of(), List.of());
    }
}
