package fr.guichet.aids.territory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import fr.guichet.common.api.Dates;
import fr.guichet.common.problem.Problem.FieldError;

/**
 * A zoning file as ARS publish it, one commune a line: {@code insee;zone;profession;validFrom}
 * (comma or semicolon, header required; the profession column only for ARS professional zonings).
 * Parsing checks the form of each line; whether the commune exists is the importer's business.
 */
public final class ZoningFile {

    public record Row(int line, String insee, String zoneCode, ZoneCode zone, ZoningProfession profession,
            LocalDate validFrom) {
    }

    private static final String INSEE = "^(\\d{5}|2[AB]\\d{3})$";

    private final List<Row> rows = new ArrayList<>();
    private final List<FieldError> errors = new ArrayList<>();

    private ZoningFile() {
    }

    public static ZoningFile parse(String content, ZoningLayer layer) {
        ZoningFile file = new ZoningFile();
        String[] lines = content == null ? new String[0] : content.replace("\uFEFF", "").split("\\R");
        int headerIndex = 0;
        while (headerIndex < lines.length && lines[headerIndex].isBlank()) {
            headerIndex++;
        }
        if (headerIndex == lines.length) {
            file.errors.add(new FieldError("file", "is empty: expected a header line insee;zone;profession;validFrom"));
            return file;
        }
        String delimiter = lines[headerIndex].contains(";") ? ";" : ",";
        Map<String, Integer> columns = file.readHeader(lines[headerIndex], delimiter, layer);
        if (!file.errors.isEmpty()) {
            return file;
        }
        for (int i = headerIndex + 1; i < lines.length; i++) {
            if (!lines[i].isBlank()) {
                file.readRow(i + 1, lines[i].split(delimiter, -1), columns, layer);
            }
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

    private Map<String, Integer> readHeader(String header, String delimiter, ZoningLayer layer) {
        Map<String, Integer> columns = new HashMap<>();
        String[] names = header.split(delimiter, -1);
        for (int i = 0; i < names.length; i++) {
            columns.put(names[i].trim().toLowerCase(Locale.ROOT), i);
        }
        List<String> required = new ArrayList<>(List.of("insee", "zone", "validfrom"));
        if (layer.isPerProfession()) {
            required.add("profession");
        }
        required.stream().filter(name -> !columns.containsKey(name)).forEach(name -> errors.add(new FieldError(
                "line 1", "missing column '" + name + "' (header found: " + Arrays.toString(names) + ")")));
        return columns;
    }

    private void readRow(int line, String[] cells, Map<String, Integer> columns, ZoningLayer layer) {
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

    private static String cell(String[] cells, Map<String, Integer> columns, String name) {
        Integer index = columns.get(name);
        return index == null || index >= cells.length ? "" : cells[index].trim();
    }
}
