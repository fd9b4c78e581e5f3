package fr.guichet.cases.deadline;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import fr.guichet.cases.policy.Caller;
import fr.guichet.cases.policy.CasePolicy;
import fr.guichet.cases.policy.Visibility;
import fr.guichet.common.api.Page;
import fr.guichet.common.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** What is late and what is due soon, within what the caller may see; today is the French date. */
@ApplicationScoped
public class DeadlineService {

    @Inject
    DeadlineRepository repository;

    @Inject
    CasePolicy policy;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @ConfigProperty(name = "guichet.deadlines.due-soon-days", defaultValue = "7")
    int dueSoonDays;

    public Page<DueTask> overdue(boolean mine, String cursor, int limit) {
        return page(DueWindow.overdue(LocalDate.now(clock)), mine, cursor, limit);
    }

    public Page<DueTask> dueSoon(boolean mine, String cursor, int limit) {
        return page(DueWindow.dueSoon(LocalDate.now(clock), dueSoonDays), mine, cursor, limit);
    }

    private Page<DueTask> page(DueWindow window, boolean mine, String cursor, int limit) {
        List<DueTask> tasks = repository.page(scope(mine), window, DueCursor.decode(cursor), limit + 1);
        List<DueTask> page = tasks.subList(0, Math.min(limit, tasks.size()));
        String next = tasks.size() > limit ? new DueCursor(page.get(limit - 1).dueDate(), page.get(limit - 1).taskId()).encode() : null;
        return new Page<>(page, next);
    }

    /** A correspondant: the tasks of their departments' cases (mine: of those assigned to them); a partner: its own. */
    private DeadlineScope scope(boolean mine) {
        if (policy.visibility() instanceof Visibility.Departments departments) {
            return new DeadlineScope.Departments(departments.codes(), mine ? caller.name() : null);
        }
        if (mine) {
            throw ProblemException.invalid("mine", "is for correspondants, to whom cases are assigned");
        }
        if (policy.visibility() instanceof Visibility.Organisation organisation) {
            return new DeadlineScope.Organisation(organisation.code());
        }
        throw ProblemException.forbidden("Deadlines are listed for correspondants and partner organisations.");
    }
}
