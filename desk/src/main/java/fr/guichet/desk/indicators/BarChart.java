package fr.guichet.desk.indicators;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToLongFunction;

import fr.guichet.desk.page.French;
import io.quarkus.qute.TemplateData;

/**
 * A horizontal bar chart drawn on the server as SVG: one bar per line, its label on the left and its figure on the
 * right. Its title and a sentence describing it make it readable without the picture; the page puts the same figures
 * in a table.
 */
@TemplateData
public record BarChart(String id, String title, String description, List<Bar> bars) {

    public static final int WIDTH = 720;
    static final int LABEL_WIDTH = 200;
    static final int BAR_SPACE = 420;
    static final int ROW = 32;
    static final int BAR_HEIGHT = 20;

    /** One bar, placed: its top, its length in the SVG's units, where its label and figure sit. */
    @TemplateData
    public record Bar(String label, long value, int y, int length) {

        public int textY() {
            return y + BAR_HEIGHT / 2 + 5;
        }

        public int labelX() {
            return LABEL_WIDTH - 8;
        }

        public int barX() {
            return LABEL_WIDTH;
        }

        public int valueX() {
            return LABEL_WIDTH + length + 8;
        }

        public int barHeight() {
            return BAR_HEIGHT;
        }

        public String figure() {
            return French.count(value);
        }
    }

    /**
     * The chart of one figure over lines: {@code label} names each line in French, {@code unit} the figure in the
     * description ("sollicitations").
     */
    static <T> BarChart of(String id, String title, String unit, List<T> lines, Function<T, String> label,
            ToLongFunction<T> figure) {
        long max = lines.stream().mapToLong(figure).max().orElse(0);
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            long value = figure.applyAsLong(lines.get(i));
            int length = max == 0 ? 0 : (int) Math.round((double) value * BAR_SPACE / max);
            bars.add(new Bar(label.apply(lines.get(i)), value, 6 + i * ROW, length));
        }
        return new BarChart(id, title, describe(unit, bars), bars);
    }

    /** "Total : 45 sollicitations. Le plus : mars 2026, 12." — what a sighted reader takes from the picture. */
    private static String describe(String unit, List<Bar> bars) {
        if (bars.isEmpty()) {
            return "Aucune donnée sur la période.";
        }
        long total = bars.stream().mapToLong(Bar::value).sum();
        Bar highest = bars.stream().reduce((a, b) -> b.value() > a.value() ? b : a).orElseThrow();
        return "Diagramme en barres, " + bars.size() + " barres. Total : " + French.count(total) + " " + unit
                + ". La plus haute : " + highest.label() + ", " + French.count(highest.value()) + ".";
    }

    public int height() {
        return Math.max(ROW, bars.size() * ROW + 12);
    }

    public int width() {
        return WIDTH;
    }
}
