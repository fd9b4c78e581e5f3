package fr.guichet.desk.welcomeindicators;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import fr.guichet.desk.welcomeindicators.WelcomeIndicators.Figures;
import io.quarkus.qute.TemplateData;

/**
 * One theme of the indicators as a table: its columns, then the total's line and one line per organisation and
 * department, each figure already said in French.
 */
@TemplateData
public record FigureTable(String id, String caption, List<String> columns, List<Line> lines) {

    /** A column: its heading and how it reads its figure. */
    record Column(String heading, Function<Figures, String> figure) {
    }

    /** A line: the total (organisation and department null), or one organisation in one department. */
    @TemplateData
    public record Line(boolean total, String organisation, String department, List<String> figures) {
    }

    static FigureTable of(String id, String caption, WelcomeIndicators indicators, List<Column> columns) {
        List<Line> lines = new ArrayList<>();
        lines.add(new Line(true, null, null, figures(indicators.total(), columns)));
        indicators.byOrganisationAndDepartment().forEach(row ->
                lines.add(new Line(false, row.organisation(), row.department(), figures(row.figures(), columns))));
        return new FigureTable(id, caption, columns.stream().map(Column::heading).toList(), List.copyOf(lines));
    }

    private static List<String> figures(Figures figures, List<Column> columns) {
        return columns.stream().map(c -> c.figure().apply(figures)).toList();
    }

    /** Every column, with the line's headers: what a line without figures spans. */
    public int width(boolean byOrganisation) {
        return columns.size() + (byOrganisation ? 2 : 1);
    }
}
