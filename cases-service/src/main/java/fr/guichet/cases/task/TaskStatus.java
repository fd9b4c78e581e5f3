package fr.guichet.cases.task;

public enum TaskStatus {
    TODO, IN_PROGRESS, DONE, NOT_APPLICABLE,
    /** Its owner cannot go on; the task carries the reason. */
    BLOCKED;

    public boolean isFinished() {
        return this == DONE || this == NOT_APPLICABLE;
    }
}
