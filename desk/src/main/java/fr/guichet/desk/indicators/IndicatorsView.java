package fr.guichet.desk.indicators;

import java.text.NumberFormat;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;

import fr.guichet.desk.page.French;
import fr.guichet.desk.requests.RequestSubject;
import io.quarkus.qute.TemplateData;

/** The indicators of a period as the page shows them: rows labelled in French, and their charts. */
public record IndicatorsView(Activity activity, Outcomes outcomes, AidFigures aids) {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", French.LOCALE);

    /** A line of a breakdown with its French label. */
    @TemplateData
    public record Row(String label, Activity.Figures figures) {
    }

    public List<Row> months() {
        return activity.byMonth().stream().map(l -> new Row(month(l.value()), l.figures())).toList();
    }

    public List<Row> departments() {
        return activity.byDepartment().stream()
                .map(l -> new Row(l.value() == null ? "Non précisé" : l.value(), l.figures())).toList();
    }

    public List<Row> subjects() {
        return activity.bySubject().stream().map(l -> new Row(subject(l.value()), l.figures())).toList();
    }

    public List<BarChart> charts() {
        return List.of(
                BarChart.of("par-mois", "Sollicitations reçues par mois", "sollicitations", months(), Row::label,
                        r -> r.figures().requests()),
                BarChart.of("accompagnes-par-mois", "Dossiers accompagnés par mois", "dossiers", months(), Row::label,
                        r -> r.figures().accompaniedCases()),
                BarChart.of("par-departement", "Sollicitations reçues par département", "sollicitations", departments(),
                        Row::label, r -> r.figures().requests()),
                BarChart.of("par-sujet", "Sollicitations reçues par sujet", "sollicitations", subjects(), Row::label,
                        r -> r.figures().requests()));
    }

    /** "42,5 jours", or a dash when no case was installed. */
    public String medianTimeToInstallation() {
        Double days = outcomes.total() == null ? null : outcomes.total().medianDaysToInstallation();
        if (days == null) {
            return "—";
        }
        NumberFormat format = NumberFormat.getNumberInstance(French.LOCALE);
        format.setMaximumFractionDigits(1);
        return format.format(days) + " jours";
    }

    public long inProgress() {
        return outcomes.total() == null ? 0 : outcomes.total().inProgress();
    }

    public long abandoned() {
        return outcomes.total() == null ? 0 : outcomes.total().abandoned();
    }

    /** "mars 2026" for "2026-03". */
    static String month(String value) {
        if (value == null) {
            return "Non précisé";
        }
        try {
            return MONTH.format(YearMonth.parse(value));
        } catch (DateTimeParseException unknown) {
            return value;
        }
    }

    private static String subject(String value) {
        if (value == null) {
            return "Non précisé";
        }
        try {
            return RequestSubject.valueOf(value).label();
        } catch (IllegalArgumentException unknown) {
            return value;
        }
    }
}
