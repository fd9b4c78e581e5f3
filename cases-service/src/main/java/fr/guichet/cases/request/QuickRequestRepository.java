package fr.guichet.cases.request;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import fr.guichet.cases.casefile.CaseCursor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

/**
 * The request list, as the case list: keyset pagination on (received_at, id), one index range per department in
 * the caller's scope, merged. The French search uses the GIN index on the generated tsvector.
 */
@ApplicationScoped
public class QuickRequestRepository {

    @Inject
    EntityManager em;

    /** Up to {@code limit} requests of these departments, newest first, after the cursor. */
    @SuppressWarnings("unchecked")
    List<QuickRequest> list(Set<String> departments, RequestFilter filter, CaseCursor after, int limit) {
        List<String> scope = filter.department() == null ? departments.stream().sorted().toList()
                : departments.contains(filter.department()) ? List.of(filter.department()) : List.of();
        if (scope.isEmpty()) {
            return List.of();
        }
        Map<String, Object> parameters = new HashMap<>();
        String conditions = conditions(filter, after, parameters);
        List<String> branches = new ArrayList<>();
        for (int i = 0; i < scope.size(); i++) {
            parameters.put("d" + i, scope.get(i));
            branches.add("(select * from quick_request where department = :d" + i + conditions
                    + " order by received_at desc, id desc limit :limit)");
        }
        String sql = branches.size() == 1 ? branches.get(0)
                : "select * from (" + String.join(" union all ", branches) + ") page order by received_at desc, id desc limit :limit";
        Query query = em.createNativeQuery(sql, QuickRequest.class);
        parameters.put("limit", limit);
        parameters.forEach(query::setParameter);
        return query.getResultList();
    }

    private static String conditions(RequestFilter filter, CaseCursor after, Map<String, Object> parameters) {
        StringBuilder sql = new StringBuilder();
        add(sql, parameters, "status", filter.status(), " and status = :status");
        add(sql, parameters, "channel", filter.channel(), " and channel = :channel");
        add(sql, parameters, "subject", filter.subject(), " and subject = :subject");
        add(sql, parameters, "assignee", filter.assignee(), " and assignee = :assignee");
        add(sql, parameters, "receivedFrom", filter.receivedFrom(), " and received_at >= :receivedFrom");
        add(sql, parameters, "receivedTo", filter.receivedTo(), " and received_at < :receivedTo");
        // websearch syntax: words, "a phrase", -excluded, or; a stray quote or operator is no error
        add(sql, parameters, "text", filter.text(), " and search @@ websearch_to_tsquery('french', :text)");
        if (after != null) {
            parameters.put("afterAt", after.createdAt());
            parameters.put("afterId", after.id());
            sql.append(" and (received_at, id) < (:afterAt, :afterId)");
        }
        return sql.toString();
    }

    private static void add(StringBuilder sql, Map<String, Object> parameters, String name, Object value, String condition) {
        if (value != null) {
            parameters.put(name, value instanceof Enum<?> e ? e.name() : value);
            sql.append(condition);
        }
    }
}
