package fr.guichet.cases.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;

import fr.guichet.cases.indicator.Indicators.Breakdown;
import fr.guichet.cases.indicator.Indicators.Figures;

/** The CSV export stays valid CSV whatever a label holds: read back by a CSV parser, every cell is intact. */
class IndicatorCsvTest {

    private static final Figures SOME = new Figures(12, 5, 2, 3, 1, 41.5);

    @Test
    void a_label_with_the_separator_or_a_quote_reads_back_whole() throws Exception {
        Indicators indicators = new Indicators(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), SOME,
                List.of(new Breakdown("02, Aisne", SOME)), List.of(new Breakdown("Médecin \"généraliste\"", SOME)),
                List.of(new Breakdown("PHONE", SOME)));

        List<String[]> rows = read(IndicatorCsv.of(indicators));

        assertEquals(5, rows.size());
        assertEquals(List.of("dimension", "value", "received", "accompanied", "installed", "inProgress", "abandoned",
                "medianDaysToInstallation"), List.of(rows.get(0)));
        assertEquals(List.of("department", "02, Aisne", "12", "5", "2", "3", "1", "41.5"), List.of(rows.get(2)));
        assertEquals("Médecin \"généraliste\"", rows.get(3)[1]);
    }

    @Test
    void a_median_that_no_installation_gives_is_an_empty_cell() throws Exception {
        Figures none = new Figures(3, 0, 0, 3, 0, null);
        Indicators indicators = new Indicators(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31), none, List.of(),
                List.of(), List.of());

        assertEquals(List.of("total", "", "3", "0", "0", "3", "0", ""), List.of(read(IndicatorCsv.of(indicators)).get(1)));
    }

    private static List<String[]> read(String csv) throws Exception {
        CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
        try (MappingIterator<String[]> lines = mapper.readerFor(String[].class).readValues(csv)) {
            return lines.readAll();
        }
    }
}
