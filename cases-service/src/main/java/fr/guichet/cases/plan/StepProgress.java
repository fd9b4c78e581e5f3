package fr.guichet.cases.plan;

import java.time.LocalDate;

/** Where the task a step follows stands: its status, the organisation that owns it, and the day it was finished. */
public record StepProgress(String taskStatus, String ownerOrg, boolean finished, LocalDate doneOn) {
}
