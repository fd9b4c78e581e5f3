package fr.guichet.cases.deadline;

import java.util.Set;

/** Whose open tasks a deadline list or a digest covers. */
public sealed interface DeadlineScope {

    /** The tasks of the cases of these departments; with an assignee, of the cases assigned to them only. */
    record Departments(Set<String> codes, String assignee) implements DeadlineScope {
    }

    /** The tasks the partner organisation owns. */
    record Organisation(String code) implements DeadlineScope {
    }
}
