package fr.guichet.welcome.testimonial;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import fr.guichet.welcome.mail.LinkTokens;
import fr.guichet.welcome.policy.EventPolicy.ManagedScope;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Query;

/** The testimonials' queries: the public list (published only, whatever the filter), the managers' list, the locks. */
@ApplicationScoped
public class TestimonialRepository implements PanacheRepositoryBase<Testimonial, UUID> {

    /** Published testimonials, newest first; the status condition is in every public query, whatever the filters. */
    @SuppressWarnings("unchecked")
    List<Testimonial> published(TestimonialFilter filter, int offset, int count) {
        StringBuilder sql = new StringBuilder("select * from testimonial where status = 'PUBLISHED'");
        if (filter.department() != null) {
            sql.append(" and department = :department");
        }
        if (filter.aidCode() != null) {
            sql.append(" and aid_codes @> cast(array[:aid] as text[])");
        }
        if (filter.text() != null) {
            sql.append(" and search @@ websearch_to_tsquery('french', :text)");
        }
        sql.append(" order by published_at desc, id limit :count offset :offset");
        Query query = getEntityManager().createNativeQuery(sql.toString(), Testimonial.class)
                .setParameter("count", count).setParameter("offset", offset);
        if (filter.department() != null) {
            query.setParameter("department", filter.department());
        }
        if (filter.aidCode() != null) {
            query.setParameter("aid", filter.aidCode());
        }
        if (filter.text() != null) {
            query.setParameter("text", filter.text());
        }
        return query.getResultList();
    }

    List<Testimonial> managed(ManagedScope scope, TestimonialStatus status, int offset, int count) {
        String query = scope.organisation() != null ? "organisation = :who" : "department in :who";
        Parameters parameters = Parameters.with("who", scope.organisation() != null ? scope.organisation() : scope.departments());
        if (status != null) {
            query += " and status = :status";
            parameters.and("status", status);
        }
        return find(query + " order by createdAt desc, id", parameters).range(offset, offset + count - 1).list();
    }

    Optional<Testimonial> locked(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    Optional<Testimonial> lockedByWithdrawalToken(String token) {
        return find("withdrawalTokenHash", LinkTokens.hash(token)).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }
}
