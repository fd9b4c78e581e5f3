package fr.guichet.desk.offers;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import fr.guichet.desk.page.French;

/**
 * An interns' semester, as the API names it by its first month: interns change placements in May and November, so
 * 2027-05 is the semester from May to October 2027.
 */
public final class Semester {

    /** As many semesters as an offer's form proposes: the next two years. */
    static final int PROPOSED = 4;
    private static final DateTimeFormatter MONTH_YEAR = DateTimeFormatter.ofPattern("MMMM yyyy", French.LOCALE);

    private Semester() {
    }

    /** "semestre de mai 2027"; the code itself when it is not one. */
    public static String french(String code) {
        try {
            return "semestre de " + MONTH_YEAR.format(YearMonth.parse(code));
        } catch (DateTimeParseException | NullPointerException notASemester) {
            return String.valueOf(code);
        }
    }

    /** The codes of the semesters that start after {@code today}, soonest first. */
    static List<String> after(LocalDate today, int count) {
        List<String> codes = new ArrayList<>();
        YearMonth month = YearMonth.from(today).plusMonths(1);
        while (codes.size() < count) {
            if (month.getMonthValue() == 5 || month.getMonthValue() == 11) {
                codes.add(month.toString());
            }
            month = month.plusMonths(1);
        }
        return codes;
    }
}
