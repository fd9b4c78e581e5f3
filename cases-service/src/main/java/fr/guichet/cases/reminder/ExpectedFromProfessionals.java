package fr.guichet.cases.reminder;

import java.util.List;

import io.quarkus.qute.TemplateData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * What the professionals still have to send, for their digest, on their cases under way: the pieces the owners of
 * their open tasks still ask for, and the correction requests still open (a document to send again, or a piece of
 * information, with the reason given). The one query behind the professional's digest.
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
                       t.label, array_to_string(array(select jsonb_array_elements_text(t.missing_pieces)), ', '),
                       0 as kind, t.position as rank
                from partner_task t join case_file c on c.id = t.case_id
                where t.case_open and t.missing_pieces <> '[]'::jsonb and t.status not in ('DONE', 'NOT_APPLICABLE')
                  and c.email is not null
                union all
                select lower(c.email), trim(coalesce(c.first_name, '') || ' ' || coalesce(c.last_name, '')), c.reference,
                       coalesce(t.label, 'votre dossier'),
                       case when r.document_id is null then r.information
                            else 'à renvoyer, ' || coalesce(d.filename, 'un document') end || ' (' || r.reason || ')',
                       1, extract(epoch from r.asked_at)
                from correction_request r join case_file c on c.id = r.case_id
                     left join partner_task t on t.id = r.task_id
                     left join case_document d on d.id = r.document_id
                where r.status = 'OPEN' and r.reason is not null and c.status not in ('CLOSED', 'ABANDONED')
                  and c.email is not null
                order by 1, 3, 6, 7""").getResultList();
        return rows.stream().map(row -> new Expected((String) row[0], (String) row[1], (String) row[2], (String) row[3],
                (String) row[4])).toList();
    }
}
