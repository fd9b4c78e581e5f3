package fr.guichet.welcome.offer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import fr.guichet.welcome.policy.EventPolicy.ManagedScope;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;

/** The offers' queries: the public search (one SQL statement whose shape follows the filters given) and the managed list. */
@ApplicationScoped
public class OfferRepository implements PanacheRepositoryBase<Offer, UUID> {

    static final int FEW = 500;

    /**
     * Public offers matching the search, nearest first around a commune, else newest first; then by id, a stable
     * order for offset pages. Each filter uses an index of migration V40 (department, commune, position, text).
     */
    @SuppressWarnings("unchecked")
    List<Offer> search(OfferSearch search, int offset, int count) {
        StringBuilder sql = new StringBuilder("select o.* from offer o where o.status = 'PUBLISHED'"
                + " and o.published_from <= :today and o.expires_on >= :today");
        Map<String, Object> parameters = new HashMap<>(Map.of("today", search.today()));
        if (search.department() != null) {
            sql.append(" and o.department = :department");
            parameters.put("department", search.department());
        }
        if (search.around() != null) {
            Around around = search.around();
            sql.append(" and o.latitude is not null and point(o.longitude, o.latitude) <@ box(point(:west, :south), point(:east, :north))")
                    .append(" and ").append(Around.SQL_DISTANCE).append(" <= :radius");
            parameters.putAll(Map.of("lat", around.latitude(), "lon", around.longitude(), "radius", (double) around.radiusKm(),
                    "south", around.latitude() - around.latitudeSpan(), "north", around.latitude() + around.latitudeSpan(),
                    "west", around.longitude() - around.longitudeSpan(), "east", around.longitude() + around.longitudeSpan()));
        } else if (search.communeInsee() != null) {
            sql.append(" and o.commune_insee = :commune");
            parameters.put("commune", search.communeInsee());
        }
        if (search.kind() != null) {
            sql.append(" and o.kind = :kind");
            parameters.put("kind", search.kind().name());
        }
        if (search.audience() != null) {
            sql.append(" and cast(:audience as text) = any(o.audiences)");
            parameters.put("audience", search.audience().name());
        }
        if (search.text() != null) {
            sql.append(" and o.search_text @@ websearch_to_tsquery('french', offer_unaccent(:text))");
            parameters.put("text", search.text());
        }
        sql.append(" order by ").append(search.around() != null ? Around.SQL_DISTANCE + ", " : "")
                .append(search.text() != null && fewMatches(search.text()) ? "o.published_from + 0" : "o.published_from")
                .append(" desc, o.id offset :offset limit :count");
        parameters.put("offset", offset);
        parameters.put("count", count);
        Query query = getEntityManager().createNativeQuery(sql.toString(), Offer.class);
        parameters.forEach(query::setParameter);
        return query.getResultList();
    }

    /**
     * Whether fewer than {@link #FEW} published offers hold these words (read through the text index, stopping at
     * {@link #FEW}). Then the search sorts them ("+ 0" keeps the planner off the newest-first index), else it walks that
     * index until a page matches: walking it for a word nobody wrote (a typo) would read every open offer, 126 ms at
     * 100,000 offers, and sorting thousands of matches costs as much.
     */
    private boolean fewMatches(String text) {
        Number matches = (Number) getEntityManager().createNativeQuery("select count(*) from (select 1 from offer o"
                + " where o.status = 'PUBLISHED' and o.search_text @@ websearch_to_tsquery('french', offer_unaccent(:text))"
                + " limit " + FEW + ") m").setParameter("text", text).getSingleResult();
        return matches.intValue() < FEW;
    }

    /** The caller's offers, whatever their status, latest change first. */
    List<Offer> managed(ManagedScope scope, OfferStatus status, int offset, int count) {
        String query = scope.organisation() != null ? "organisation = :who" : "department in :who";
        Parameters parameters = Parameters.with("who", scope.organisation() != null ? scope.organisation() : scope.departments());
        if (status != null) {
            query += " and status = :status";
            parameters.and("status", status);
        }
        return find(query + " order by updatedAt desc, id", parameters).range(offset, offset + count - 1).list();
    }
}
