package fr.guichet.cases.casefile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import fr.guichet.cases.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

/**
 * The case list, fast at a million cases: keyset pagination on (created_at, id), and one index range
 * per department of a correspondant's scope, merged, rather than one sort over all their cases.
 */
@ApplicationScoped
public class CaseRepository {

    @Inject
    EntityManager em;

    /** Up to {@code limit} cases of the caller's scope, newest first, after the cursor. */
    @SuppressWarnings("unchecked")
    public List<CaseFile> list(Caller caller, CaseFilter filter, CaseCursor after, int limit) {
        Map<String, Object> parameters = new HashMap<>();
        List<String> scopes = scopes(caller, filter.department(), parameters);
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

    private static List<String> scopes(Caller caller, String department, Map<String, Object> parameters) {
        if (department != null && caller.role() != Caller.Role.CORRESPONDANT) {
            parameters.put("department", department);
        }
        return switch (caller.role()) {
            case DOCTOR -> {
                parameters.put("owner", caller.subject());
                yield List.of("owner_subject = :owner" + (department == null ? "" : " and department = :department"));
            }
            case PARTNER -> {
                parameters.put("client", caller.clientId() == null ? "" : caller.clientId());
                yield List.of("created_by_client = :client" + (department == null ? "" : " and department = :department"));
            }
            case CORRESPONDANT -> departmentScopes(caller.departments(), department, parameters);
        };
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
