package fr.guichet.cases.task;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The due dates of tasks that wait on another: they count from the day it was finished, and until then from its
 * own due date (the date its owner is expected to finish it).
 */
final class TaskSchedule {

    private TaskSchedule() {
    }

    static LocalDate dueAfter(PartnerTask waitedOn, int days) {
        LocalDate start = waitedOn.status.isFinished() && waitedOn.doneOn != null ? waitedOn.doneOn : waitedOn.dueDate;
        return start == null ? null : start.plusDays(days);
    }

    /**
     * Moves the due dates of the unfinished tasks that wait on this one, and of those that wait on them; answers the
     * tasks whose due date moved.
     */
    static List<PartnerTask> reschedule(PartnerTask changed, List<PartnerTask> all) {
        List<PartnerTask> moved = new ArrayList<>();
        for (PartnerTask waiting : all) {
            if (changed.code.equals(waiting.waitsOn) && !waiting.status.isFinished()) {
                LocalDate due = dueAfter(changed, waiting.waitDays);
                if (!Objects.equals(due, waiting.dueDate)) {
                    waiting.dueDate = due;
                    moved.add(waiting);
                    moved.addAll(reschedule(waiting, all));
                }
            }
        }
        return moved;
    }
}
