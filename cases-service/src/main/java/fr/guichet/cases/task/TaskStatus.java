package fr.guichet.cases.task;

public enum TaskStatus {
    TODO, IN_PROGRESS, DONE, NOT_APPLICABLE;

    public boolean isFinished() {
        return this == DONE || this == NOT_APPLICABLE;
    }
}
