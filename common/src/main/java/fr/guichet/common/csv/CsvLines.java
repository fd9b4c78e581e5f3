package fr.guichet.common.csv;

import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;

import jakarta.ws.rs.core.MediaType;

/**
 * Figures served as CSV beside their JSON on the same path (Accept: text/csv): one line per record, with a header
 * row named after the record's properties, quoted by the CSV library wherever a value needs it.
 */
public final class CsvLines {

    /**
     * For {@code @Produces}: a lower server quality than JSON's, so that clients accepting anything (Accept: *&#47;*) get
     * JSON. The answer names its own type ({@link #TYPE}), else the quality would show in its Content-Type.
     */
    public static final String NEGOTIATED = "text/csv;qs=0.5";
    public static final MediaType TYPE = MediaType.valueOf("text/csv;charset=UTF-8");

    private static final CsvMapper MAPPER = new CsvMapper();

    private CsvLines() {
    }

    /** The lines under a header; {@code lineType} orders its columns with {@code @JsonPropertyOrder}. */
    public static String write(List<?> lines, Class<?> lineType) {
        try {
            return MAPPER.writer(MAPPER.schemaFor(lineType).withHeader()).writeValueAsString(lines);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Figures that do not write as CSV", e);
        }
    }
}
