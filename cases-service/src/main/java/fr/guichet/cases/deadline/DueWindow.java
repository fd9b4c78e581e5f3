package fr.guichet.cases.deadline;

import java.time.LocalDate;

/** Due dates from {@code from} (inclusive; none: as far back as any) to {@code until} (exclusive). */
public record DueWindow(LocalDate from, LocalDate until) {

    /** Due before today. */
    public static DueWindow overdue(LocalDate today) {
        return new DueWindow(null, today);
    }

    /** Due from today on, within that many days (7: today and the six days after). */
    public static DueWindow dueSoon(LocalDate today, int days) {
        return new DueWindow(today, today.plusDays(days));
    }
}
