package fr.guichet.common.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

class CsvLinesTest {

    @JsonPropertyOrder({"label", "count"})
    record Line(String label, long count) {
    }

    @Test
    void a_header_then_one_line_per_record_quoted_only_where_a_value_needs_it() {
        String csv = CsvLines.write(List.of(new Line("Aisne", 2), new Line("02, \"Aisne\"", 3)), Line.class);

        assertEquals("label,count\nAisne,2\n\"02, \"\"Aisne\"\"\",3\n", csv);
    }

    @Test
    void no_record_is_a_header_alone() {
        assertEquals("label,count\n", CsvLines.write(List.of(), Line.class));
    }
}
