package fr.guichet.cases.task;

import java.time.LocalDate;

import jakarta.validation.constraints.Size;

/** A task's new status or due date, with an optional comment kept in the history. */
public record TaskChange(TaskStatus status, LocalDate dueDate, @Size(max = 1000) String comment) {
}
