package fr.guichet.cases.reminder;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;

import fr.guichet.cases.deadline.DueTask;
import io.quarkus.qute.TemplateData;

/** A part of a digest: how many tasks, and the first of them by due date. */
@TemplateData
public record DueSection(long total, List<Line> lines) {

    static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @TemplateData
    public record Line(String caseReference, String label, String owner, String dueDate, long daysLate) {
    }

    static DueSection of(long total, List<DueTask> first, LocalDate day) {
        return new DueSection(total, first.stream().map(t -> new Line(t.caseReference(), t.label(),
                t.ownerOrg() == null ? "suivie par le guichet" : t.ownerOrg(), FRENCH_DATE.format(t.dueDate()),
                ChronoUnit.DAYS.between(t.dueDate(), day))).toList());
    }

    /** Those counted but not listed. */
    public long remaining() {
        return total - lines.size();
    }

    public boolean isEmpty() {
        return total == 0;
    }
}
