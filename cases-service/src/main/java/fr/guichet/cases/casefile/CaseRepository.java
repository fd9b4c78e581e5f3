package fr.guichet.cases.casefile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import fr.guichet.cases.policy.CaseDirectory;
import fr.guichet.cases.policy.GuardedCase;
import fr.guichet.cases.policy.Visibility;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

/**
 * The case list, fast at a million cases: keyset pagination on (created_at, id), and one index range
 * per department of a correspondant's scope, merged, rather than one sort over all their cases.
 */
@ApplicationScoped
public class CaseRepository implements CaseDirectory {

    @Inject
    EntityManager em;

    @Override
    public Optional<GuardedCase> find(UUID id) {
        return Optional.ofNullable(em.find(CaseFile.class, id));
    }

    /** Up to {@code limit} cases the caller sees, newest first, after the cursor. */
    @SuppressWarnings("unchecked")
    public List<CaseFile> list(Visibility visibility, CaseFilter filter, CaseCursor after, int limit) {
        Map<String, Object> parameters = new HashMap<>();
        List<String> scopes = scopes(visibility, filter.department(), parameters);
        if (scopes.isEmpty()) {
            return List.of();
        }
        String conditions = conditions(filter, after, parameters);
        List<String> branches = new ArrayList<>();
        for (String scope : scopes) {
            branches.add("(select * from case_file where " + scope + conditions
                    + " order by created_at desc, id desc limit :limit)");
        }
        String sql = branches.size() == 1 ? branches.get(0)
                : "select * from (" + String.join(" union all ", branches) + ") page order by created_at desc, id desc limit :limit";
        Query query = em.createNativeQuery(sql, CaseFile.class);
        parameters.put("limit", limit);
        parameters.forEach(query::setParameter);
        return query.getResultList();
    }

    /**
     * The cases on which the organisation owns an unfinished task, the one due first first (none due: last), within
     * the filter. The organisation sits at the table of each (it owns a task there), so it sees them all.
     */
    @SuppressWarnings("unchecked")
    public List<CaseFile> withOpenTasksOf(String organisation, CaseFilter filter) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("organisation", organisation);
        String conditions = conditions(filter, null, parameters);
        if (filter.department() != null) {
            parameters.put("department", filter.department());
            conditions += " and department = :department";
        }
        Query query = em.createNativeQuery("""
                select c.* from case_file c
                join (select case_id, min(due_date) as earliest from partner_task
                      where owner_org = :organisation and status not in ('DONE', 'NOT_APPLICABLE') group by case_id) t
                  on t.case_id = c.id
                where c.partner_organisations @> array[cast(:organisation as text)]""" + conditions
                + " order by t.earliest nulls last, c.created_at, c.id", CaseFile.class);
        parameters.forEach(query::setParameter);
        return query.getResultList();
    }

    /** The visibility as SQL: one index range per department of a correspondant, one range otherwise. */
    private static List<String> scopes(Visibility visibility, String department, Map<String, Object> parameters) {
        if (visibility instanceof Visibility.Departments covered) {
            return departmentScopes(covered.codes(), department, parameters);
        }
        String departmentCondition = "";
        if (department != null) {
            parameters.put("department", department);
            departmentCondition = " and department = :department";
        }
        if (visibility instanceof Visibility.OwnCases own) {
            parameters.put("key", own.subject());
            return List.of("owner_subject = :key" + departmentCondition);
        }
        // two index ranges: the cases the organisation filed, and those at whose table it sits (not filed by it,
        // so that no case comes twice)
        parameters.put("key", ((Visibility.Organisation) visibility).code());
        return List.of("created_by_org = :key" + departmentCondition,
                "partner_organisations @> array[cast(:key as text)] and created_by_org is distinct from :key" + departmentCondition);
    }

    private static List<String> departmentScopes(Set<String> covered, String department, Map<String, Object> parameters) {
        List<String> scopes = new ArrayList<>();
        List<String> departments = department == null ? covered.stream().sorted().toList()
                : covered.contains(department) ? List.of(department) : List.of();
        for (int i = 0; i < departments.size(); i++) {
            parameters.put("d" + i, departments.get(i));
            scopes.add("department = :d" + i);
        }
        return scopes;
    }

    private static String conditions(CaseFilter filter, CaseCursor after, Map<String, Object> parameters) {
        StringBuilder sql = new StringBuilder();
        add(sql, parameters, "status", filter.status() == null ? null : filter.status().name(), " and status = :status");
        add(sql, parameters, "assignee", filter.assignee(), " and assignee = :assignee");
        add(sql, parameters, "profession", filter.profession() == null ? null : filter.profession().name(),
                " and profession = :profession");
        add(sql, parameters, "channel", filter.channel() == null ? null : filter.channel().name(), " and channel = :channel");
        add(sql, parameters, "createdFrom", filter.createdFrom(), " and created_at >= :createdFrom");
        add(sql, parameters, "createdTo", filter.createdTo(), " and created_at < :createdTo");
        if (filter.text() != null) {
            String text = filter.text().strip();
            if (text.toUpperCase().startsWith("GU-")) {
                add(sql, parameters, "reference", text.toUpperCase(), " and reference = :reference");
            } else {
                String prefix = text.toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
                add(sql, parameters, "namePrefix", prefix, " and name_key like :namePrefix");
            }
        }
        if (after != null) {
            parameters.put("afterAt", after.createdAt());
            parameters.put("afterId", after.id());
            sql.append(" and (created_at, id) < (:afterAt, :afterId)");
        }
        return sql.toString();
    }

    private static void add(StringBuilder sql, Map<String, Object> parameters, String name, Object value, String condition) {
        if (value != null) {
            parameters.put(name, value);
            sql.append(condition);
        }
    }
}
