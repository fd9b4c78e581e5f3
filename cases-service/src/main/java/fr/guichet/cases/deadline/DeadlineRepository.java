package fr.guichet.cases.deadline;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import fr.guichet.cases.casefile.OverdueTaskCounts;
import fr.guichet.cases.task.TaskStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

/**
 * The open tasks by due date, fast at ten million tasks: each department, or the owner organisation, is one range of
 * a partial index on the open tasks of cases under way (V12), read in due-date order up to the page's size; a
 * correspondant's departments are merged as the case list merges them.
 */
@ApplicationScoped
public class DeadlineRepository implements OverdueTaskCounts {

    /** The tasks the partial indexes hold: unfinished, with a due date, on a case under way. */
    private static final String OPEN = "t.case_open and t.due_date is not null and t.status not in ('DONE', 'NOT_APPLICABLE')";
    private static final String COLUMNS = "t.id, t.case_id, c.reference, t.case_department, c.assignee, t.code, t.label, "
            + "t.owner_org, t.status, t.due_date";

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    /** Up to {@code limit} tasks of the scope due within the window, earliest first, after the cursor. */
    @SuppressWarnings("unchecked")
    public List<DueTask> page(DeadlineScope scope, DueWindow window, DueCursor after, int limit) {
        Map<String, Object> parameters = new HashMap<>();
        String conditions = OPEN + window(window, parameters);
        if (after != null) {
            parameters.put("afterDue", after.dueDate());
            parameters.put("afterId", after.id());
            conditions += " and (t.due_date, t.id) > (:afterDue, :afterId)";
        }
        List<Range> ranges = ranges(scope);
        if (ranges.isEmpty()) {
            return List.of();
        }
        List<String> branches = new ArrayList<>();
        for (Range range : ranges) {
            parameters.putAll(range.parameters());
            branches.add("(select " + COLUMNS + " from partner_task t join case_file c on c.id = t.case_id where "
                    + range.condition() + " and " + conditions + " order by t.due_date, t.id limit :limit)");
        }
        String sql = branches.size() == 1 ? branches.get(0)
                : "select * from (" + String.join(" union all ", branches) + ") page order by due_date, id limit :limit";
        Query query = em.createNativeQuery(sql);
        parameters.put("limit", limit);
        parameters.forEach(query::setParameter);
        return ((List<Object[]>) query.getResultList()).stream().map(DeadlineRepository::dueTask).toList();
    }

    /** How many tasks of the scope are due within the window. */
    public long count(DeadlineScope scope, DueWindow window) {
        long total = 0;
        for (Range range : ranges(scope)) {
            Map<String, Object> parameters = new HashMap<>(range.parameters());
            String conditions = OPEN + window(window, parameters);
            Query query = em.createNativeQuery("select count(*) from partner_task t"
                    + (range.joinsCase() ? " join case_file c on c.id = t.case_id" : "") + " where " + range.condition()
                    + " and " + conditions);
            parameters.forEach(query::setParameter);
            total += ((Number) query.getSingleResult()).longValue();
        }
        return total;
    }

    @Override
    @SuppressWarnings("unchecked")
    public Map<UUID, Integer> of(Collection<UUID> caseIds) {
        if (caseIds.isEmpty()) {
            return Map.of();
        }
        List<Object[]> rows = em.createNativeQuery("select t.case_id, count(*) from partner_task t where t.case_id in (:ids) and "
                + OPEN + " and t.due_date < :today group by t.case_id")
                .setParameter("ids", caseIds).setParameter("today", LocalDate.now(clock)).getResultList();
        Map<UUID, Integer> counts = new HashMap<>();
        rows.forEach(row -> counts.put((UUID) row[0], ((Number) row[1]).intValue()));
        return counts;
    }

    private static String window(DueWindow window, Map<String, Object> parameters) {
        String sql = " and t.due_date < :until";
        parameters.put("until", window.until());
        if (window.from() != null) {
            parameters.put("from", window.from());
            sql += " and t.due_date >= :from";
        }
        return sql;
    }

    /** One index range of a scope: its condition, its parameters, whether it reads the case. */
    private record Range(String condition, Map<String, Object> parameters, boolean joinsCase) {
    }

    /** The scope as index ranges: one per department (the cases assigned to one correspondant: one), or the owner. */
    private static List<Range> ranges(DeadlineScope scope) {
        if (scope instanceof DeadlineScope.Organisation organisation) {
            return List.of(new Range("t.owner_org = :owner", Map.of("owner", organisation.code()), false));
        }
        DeadlineScope.Departments departments = (DeadlineScope.Departments) scope;
        if (departments.codes().isEmpty()) {
            return List.of();
        }
        if (departments.assignee() != null) {
            // a correspondant's own cases are few: found by the assignee index, then their tasks by case
            return List.of(new Range("c.assignee = :assignee and c.department in (:departments)",
                    Map.of("assignee", departments.assignee(), "departments", List.copyOf(departments.codes())), true));
        }
        List<Range> ranges = new ArrayList<>();
        List<String> codes = departments.codes().stream().sorted().toList();
        for (int i = 0; i < codes.size(); i++) {
            ranges.add(new Range("t.case_department = :d" + i, Map.of("d" + i, codes.get(i)), false));
        }
        return ranges;
    }

    private static DueTask dueTask(Object[] row) {
        return new DueTask((UUID) row[0], (UUID) row[1], (String) row[2], (String) row[3], (String) row[4], (String) row[5],
                (String) row[6], (String) row[7], TaskStatus.valueOf((String) row[8]), date(row[9]));
    }

    private static LocalDate date(Object value) {
        return value instanceof Date sql ? sql.toLocalDate() : (LocalDate) value;
    }
}
