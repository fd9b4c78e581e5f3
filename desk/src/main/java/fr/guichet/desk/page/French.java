package fr.guichet.desk.page;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import io.quarkus.qute.TemplateExtension;

/**
 * Dates and amounts as French readers write them, in every template: {@code {case.openedAt.dateTime}},
 * {@code {step.dueDate.date}}, {@code {aid.totalCents.euros}}.
 */
@TemplateExtension
public final class French {

    public static final Locale LOCALE = Locale.FRANCE;
    /** Business dates are French dates, whatever the machine's zone. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Paris");

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", LOCALE);
    private static final DateTimeFormatter MONTH_YEAR = DateTimeFormatter.ofPattern("MMMM yyyy", LOCALE);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH'h'mm", LOCALE);
    private static final DateTimeFormatter SHORT_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy", LOCALE);

    private French() {
    }

    /** 2 mars 2027, and 1er mars 2027 as French writes the first of a month */
    public static String date(LocalDate date) {
        if (date == null) {
            return "";
        }
        return date.getDayOfMonth() == 1 ? "1er " + MONTH_YEAR.format(date) : DATE.format(date);
    }

    /** 02/03/2027, for dense tables */
    public static String shortDate(LocalDate date) {
        return date == null ? "" : SHORT_DATE.format(date);
    }

    /** 2 mars 2027 à 14h05, Paris time */
    public static String dateTime(Instant instant) {
        return instant == null ? "" : date(instant) + " à " + TIME.format(instant.atZone(ZONE));
    }

    /** 2 mars 2027, the Paris day of an instant */
    public static String date(Instant instant) {
        return instant == null ? "" : date(instant.atZone(ZONE).toLocalDate());
    }

    /** 12 500 € for whole euros, 12 500,50 € otherwise (with the narrow no-break spaces of French typography). */
    public static String euros(Long cents) {
        if (cents == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getCurrencyInstance(LOCALE);
        if (cents % 100 == 0) {
            format.setMaximumFractionDigits(0);
        }
        return format.format(cents / 100.0);
    }

    /** 1 234 567 */
    public static String count(long value) {
        return NumberFormat.getIntegerInstance(LOCALE).format(value);
    }
}
