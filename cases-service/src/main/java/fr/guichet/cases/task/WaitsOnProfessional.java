package fr.guichet.cases.task;

import java.util.Map;
import java.util.UUID;

/**
 * What a case's tasks wait for from the professional (the correction requests still open on them), told by whoever
 * keeps those requests: the tasks show it without depending on them.
 */
public interface WaitsOnProfessional {

    /** For each task of the case that waits on the professional, how many requests are still open on it. */
    Map<UUID, Integer> openPerTask(UUID caseId);
}
