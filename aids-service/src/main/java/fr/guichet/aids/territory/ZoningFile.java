package fr.guichet.aids.territory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import fr.guichet.common.api.Dates;
import fr.guichet.common.problem.Problem.FieldError;

/**
 * A zoning file as ARS publish it, one commune a line: {@code insee;zone;profession;validFrom}
 * (comma or semicolon, header required, other columns ignored; the profession column only for ARS
 * professional zonings). A quoted cell may hold the separator, e.g. a commune's name.
 * Parsing checks the form of each line; whether the commune exists is the importer's business.
 */
public final class ZoningFile {

    public record Row(int line, String insee, String zoneCode, ZoneCode zone, ZoningProfession profession,
            LocalDate validFrom) {
    }

    private static final String INSEE = "^(\\d{5}|2[AB]\\d{3})$";
    private static final ObjectReader CSV = new CsvMapper().reader().with(CsvParser.Feature.SKIP_EMPTY_LINES);

    private final List<Row> rows = new ArrayList<>();
    private final List<FieldError> errors = new ArrayList<>();

    private ZoningFile() {
    }

    public static ZoningFile parse(String content, ZoningLayer layer) {
        ZoningFile file = new ZoningFile();
        String text = content == null ? "" : content.replace("\uFEFF", "");
        Optional<String> header = text.lines().filter(line -> !line.isBlank()).findFirst();
        if (header.isEmpty()) {
            file.errors.add(new FieldError("file", "is empty: expected a header line insee;zone;profession;validFrom"));
            return file;
        }
        char separator = header.get().contains(";") ? ';' : ',';
        List<Record> records = file.records(text, separator);
        if (file.errors.isEmpty()) {
            file.read(records, layer);
        }
        if (file.rows.isEmpty() && file.errors.isEmpty()) {
            file.errors.add(new FieldError("file", "has no zoning line after the header"));
        }
        return file;
    }

    public List<Row> rows() {
        return rows;
    }

    public List<FieldError> errors() {
        return errors;
    }

    private void read(List<Record> records, ZoningLayer layer) {
        Map<String, Integer> columns = readHeader(records.get(0), layer);
        if (errors.isEmpty()) {
            records.stream().skip(1).forEach(record -> readRow(record.line(), record.cells(), columns, layer));
        }
    }

    private Map<String, Integer> readHeader(Record header, ZoningLayer layer) {
        Map<String, Integer> columns = new HashMap<>();
        List<String> names = header.cells();
        for (int i = 0; i < names.size(); i++) {
            columns.put(names.get(i).trim().toLowerCase(Locale.ROOT), i);
        }
        List<String> required = new ArrayList<>(List.of("insee", "zone", "validfrom"));
        if (layer.isPerProfession()) {
            required.add("profession");
        }
        required.stream().filter(name -> !columns.containsKey(name)).forEach(name -> errors.add(new FieldError(
                "line " + header.line(), "missing column '" + name + "' (header found: " + names + ")")));
        return columns;
    }

    private void readRow(int line, List<String> cells, Map<String, Integer> columns, ZoningLayer layer) {
        int errorsBefore = errors.size();
        String insee = cell(cells, columns, "insee");
        String zoneCode = cell(cells, columns, "zone");
        if (!insee.matches(INSEE)) {
            error(line, "insee", "'" + insee + "' is not an INSEE commune code");
        }
        ZoningProfession profession = layer.isPerProfession() ? profession(line, cell(cells, columns, "profession")) : null;
        LocalDate validFrom = date(line, cell(cells, columns, "validfrom"));
        ZoneCode zone = ZoneCode.parse(zoneCode).orElse(null);
        if (zone == null) {
            error(line, "zone", "unknown zone code '" + zoneCode + "'");
        } else if ((profession != null || !layer.isPerProfession()) && !zone.fits(layer, profession)) {
            error(line, "zone", "zone '" + zoneCode + "' does not belong to the " + layer
                    + (profession == null ? "" : " of " + profession) + " layer");
        }
        if (errors.size() == errorsBefore) {
            rows.add(new Row(line, insee, zoneCode.trim(), zone, profession, validFrom));
        }
    }

    private ZoningProfession profession(int line, String value) {
        try {
            return ZoningProfession.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            error(line, "profession", "unknown profession '" + value + "'; expected one of "
                    + Arrays.toString(ZoningProfession.values()));
            return null;
        }
    }

    private LocalDate date(int line, String value) {
        LocalDate date = Dates.parse(value).orElse(null);
        if (date == null) {
            error(line, "validFrom", "'" + value + "' is not " + Dates.FORMAT);
        }
        return date;
    }

    private void error(int line, String column, String message) {
        errors.add(new FieldError("line " + line + ": " + column, message));
    }

    private static String cell(List<String> cells, Map<String, Integer> columns, String name) {
        Integer index = columns.get(name);
        return index == null || index >= cells.size() ? "" : cells.get(index).trim();
    }

    /** One CSV record and the line it starts on (a quoted cell may run over several lines). */
    private record Record(int line, List<String> cells) {
    }

    /**
     * Every non-blank record, the header first; a quoted cell may hold the separator, a doubled quote or a
     * line break. Malformed CSV (a quote never closed) is one error naming the record's first line.
     */
    private List<Record> records(String text, char separator) {
        List<Record> records = new ArrayList<>();
        int start = 1;
        try (JsonParser parser = CSV.with(CsvSchema.emptySchema().withColumnSeparator(separator)).createParser(text)) {
            while (parser.nextToken() == JsonToken.START_ARRAY) {
                List<String> cells = new ArrayList<>();
                while (parser.nextToken() == JsonToken.VALUE_STRING) {
                    if (cells.isEmpty()) {
                        start = parser.currentTokenLocation().getLineNr();
                    }
                    cells.add(parser.getText());
                }
                records.add(new Record(start, cells));
                start = parser.currentTokenLocation().getLineNr() + 1;
            }
        } catch (JsonProcessingException e) {
            errors.add(new FieldError("line " + start, "is not valid CSV: " + e.getOriginalMessage()));
        } catch (IOException e) {
            throw new UncheckedIOException("reading a zoning file held in memory", e);
        }
        return records;
    }
}
