package fr.guichet.common.api;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.stream.Collectors;

import fr.guichet.common.problem.ProblemException;

/**
 * Parses query parameters by hand: JAX-RS answers 404 when a query parameter fails to convert,
 * whereas a client mistake deserves a 400 naming the parameter.
 */
public final class QueryParams {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;

    private QueryParams() {
    }

    public static LocalDate date(String name, String value, LocalDate defaultValue) {
        if (value == null || value.isBlank()) {
            return defaultValue;
        }
        return Dates.parse(value.trim()).orElseThrow(() -> ProblemException.invalid(name, "must be " + Dates.FORMAT));
    }

    public static <E extends Enum<E>> E enumValue(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim());
        } catch (IllegalArgumentException e) {
            String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
            throw ProblemException.invalid(name, "must be one of " + allowed);
        }
    }

    public static int limit(String value) {
        if (value == null || value.isBlank()) {
            return DEFAULT_LIMIT;
        }
        try {
            int limit = Integer.parseInt(value.trim());
            if (limit >= 1 && limit <= MAX_LIMIT) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // falls through to the client error below
        }
        throw ProblemException.invalid("limit", "must be a whole number from 1 to " + MAX_LIMIT);
    }

    public static String matching(String name, String value, String pattern, String description) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.trim();
        if (!trimmed.matches(pattern)) {
            throw ProblemException.invalid(name, "must be " + description);
        }
        return trimmed;
    }

    /**
     * A free-text parameter, stripped, between {@code min} and {@code max} characters; null when absent
     * and {@code min} is 0. PostgreSQL text cannot hold U+0000: one is a client mistake, not a server failure.
     */
    public static String text(String name, String value, int min, int max) {
        if (value == null || (value.isBlank() && min == 0)) {
            return null;
        }
        String stripped = value.strip();
        if (stripped.length() < Math.max(min, 1) || value.length() > max || value.indexOf('\0') >= 0) {
            throw ProblemException.invalid(name, "must have " + Math.max(min, 1) + " to " + max + " characters, none of them NUL");
        }
        return stripped;
    }
}
