package fr.guichet.cases.reminder;

import java.util.List;

import io.quarkus.qute.TemplateData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * What the professionals still have to send, for their digest: the pieces the owners of their open tasks still ask
 * for, on their cases under way. The one query behind the professional's digest: what else is expected of them
 * (open correction requests, say) is added here.
 */
@ApplicationScoped
public class ExpectedFromProfessionals {

    @Inject
    EntityManager em;

    /** One thing expected: on which case, for which step, what. */
    @TemplateData
    public record Expected(String email, String name, String caseReference, String step, String what) {
    }

    /** Everything expected, grouped by address (lower-cased) and case. */
    @SuppressWarnings("unchecked")
    public List<Expected> all() {
        List<Object[]> rows = em.createNativeQuery("""
                select lower(c.email), trim(coalesce(c.first_name, '') || ' ' || coalesce(c.last_name, '')), c.reference,
                       t.label, array_to_string(array(select jsonb_array_elements_text(t.missing_pieces)), ', ')
                from partner_task t join case_file c on c.id = t.case_id
                where t.case_open and t.missing_pieces <> '[]'::jsonb and t.status not in ('DONE', 'NOT_APPLICABLE')
                  and c.email is not null
                order by lower(c.email), c.reference, t.position""").getResultList();
        return rows.stream().map(row -> new Expected((String) row[0], (String) row[1], (String) row[2], (String) row[3],
                (String) row[4])).toList();
    }
}
