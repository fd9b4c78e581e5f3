package fr.guichet.common.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The one date format of the API: {@code YYYY-MM-DD}, years 1900 to 2199. {@code LocalDate.parse}
 * alone accepts signed and six-digit years that the database cannot store and date arithmetic overflows.
 */
public final class Dates {

    public static final String FORMAT = "a date YYYY-MM-DD between 1900 and 2199";
    private static final Pattern ISO_DATE = Pattern.compile("(19|20|21)\\d{2}-\\d{2}-\\d{2}");

    private Dates() {
    }

    public static Optional<LocalDate> parse(String text) {
        if (text == null || !ISO_DATE.matcher(text).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
