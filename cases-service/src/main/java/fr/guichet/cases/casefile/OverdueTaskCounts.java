package fr.guichet.cases.casefile;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/** How many unfinished tasks of each case are past their due date today, for the case list; kept by the deadlines. */
public interface OverdueTaskCounts {

    /** The cases that have overdue tasks, with their count; a case without any is absent. */
    Map<UUID, Integer> of(Collection<UUID> caseIds);
}
