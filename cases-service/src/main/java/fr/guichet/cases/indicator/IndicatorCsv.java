package fr.guichet.cases.indicator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import fr.guichet.cases.indicator.Indicators.Breakdown;
import fr.guichet.cases.indicator.Indicators.Figures;
import fr.guichet.common.csv.CsvLines;

/** The indicators as CSV (common's {@link CsvLines}), one line per breakdown. */
final class IndicatorCsv {

    @JsonPropertyOrder({"dimension", "value", "received", "accompanied", "installed", "inProgress", "abandoned",
            "medianDaysToInstallation"})
    record Line(String dimension, String value, long received, long accompanied, long installed, long inProgress,
            long abandoned, String medianDaysToInstallation) {
        static Line of(String dimension, String value, Figures f) {
            return new Line(dimension, value, f.received(), f.accompanied(), f.installed(), f.inProgress(), f.abandoned(),
                    f.medianDaysToInstallation() == null ? "" : String.format(Locale.ROOT, "%.1f", f.medianDaysToInstallation()));
        }
    }

    @JsonPropertyOrder({"dimension", "aid", "department", "year", "contractsSigned", "agreedCents", "paidCents", "repaidCents"})
    record AidLine(String dimension, String aid, String department, String year, long contractsSigned, long agreedCents,
            long paidCents, long repaidCents) {
        static AidLine of(String dimension, String aid, String department, String year, AidIndicators.Figures f) {
            return new AidLine(dimension, aid, department, year, f.contractsSigned(), f.agreedCents(), f.paidCents(),
                    f.repaidCents());
        }
    }

    @JsonPropertyOrder({"dimension", "value", "requests", "accompaniedCases", "installations", "contracts"})
    record ActivityLine(String dimension, String value, long requests, long accompaniedCases, long installations,
            long contracts) {
        static ActivityLine of(String dimension, String value, ActivityIndicators.Figures f) {
            return new ActivityLine(dimension, value == null ? "" : value, f.requests(), f.accompaniedCases(),
                    f.installations(), f.contracts());
        }
    }

    private IndicatorCsv() {
    }

    /** The aids' figures: the total, then by aid, department and year, then by the three together. */
    static String of(AidIndicators indicators) {
        List<AidLine> lines = new ArrayList<>();
        lines.add(AidLine.of("total", "", "", "", indicators.total()));
        indicators.byAid().forEach(b -> lines.add(AidLine.of("aid", b.value(), "", "", b.figures())));
        indicators.byDepartment().forEach(b -> lines.add(AidLine.of("department", "", b.value(), "", b.figures())));
        indicators.byYear().forEach(b -> lines.add(AidLine.of("year", "", "", b.value(), b.figures())));
        indicators.byAidDepartmentAndYear().forEach(l -> lines.add(AidLine.of("aid_department_year", l.aid(), l.department(),
                String.valueOf(l.year()), l.figures())));
        return CsvLines.write(lines, AidLine.class);
    }

    /** The activity: the total, then by department, profession, channel, subject and month. */
    static String of(ActivityIndicators indicators) {
        List<ActivityLine> lines = new ArrayList<>();
        lines.add(ActivityLine.of("total", "", indicators.total()));
        Map<String, List<ActivityIndicators.Breakdown>> dimensions = new LinkedHashMap<>();
        dimensions.put("department", indicators.byDepartment());
        dimensions.put("profession", indicators.byProfession());
        dimensions.put("channel", indicators.byChannel());
        dimensions.put("subject", indicators.bySubject());
        dimensions.put("month", indicators.byMonth());
        dimensions.forEach((dimension, breakdowns) ->
                breakdowns.forEach(b -> lines.add(ActivityLine.of(dimension, b.value(), b.figures()))));
        return CsvLines.write(lines, ActivityLine.class);
    }

    static String of(Indicators indicators) {
        List<Line> lines = new ArrayList<>();
        lines.add(Line.of("total", "", indicators.total()));
        add(lines, "department", indicators.byDepartment());
        add(lines, "profession", indicators.byProfession());
        add(lines, "channel", indicators.byChannel());
        return CsvLines.write(lines, Line.class);
    }

    private static void add(List<Line> lines, String dimension, List<Breakdown> breakdowns) {
        breakdowns.forEach(b -> lines.add(Line.of(dimension, b.value(), b.figures())));
    }
}
