package fr.guichet.desk.mine;

import java.time.LocalDate;
import java.util.List;

/**
 * One of my files as "Mon installation" shows it: where it stands, the steps not finished, the plan (null when it
 * could not be read), and today's date in Paris to tell what is overdue.
 */
public record InstallationFile(MyCase file, List<MyTask> openTasks, MyPlan plan, LocalDate today) {

    public boolean overdue(MyTask task) {
        return task.overdue(today);
    }

    public long overdueCount() {
        return openTasks.stream().filter(this::overdue).count();
    }

    /** The open steps that expect documents from me, or wait on my answer to a correction request. */
    public List<MyTask> expectingFromMe() {
        return openTasks.stream().filter(t -> t.waitsOnMe() || !t.requiredDocuments().isEmpty()).toList();
    }
}
