package fr.guichet.welcome.indicator;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiConsumer;

import fr.guichet.common.time.GuichetClock;
import fr.guichet.welcome.indicator.WelcomeIndicators.Row;
import fr.guichet.welcome.policy.IndicatorPolicy.Reach;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

/**
 * A year's figures in three passes, each grouped by organisation and department: the events held (with their
 * invitations, registrations and survey answers, read per event through their indexes), the offers published, the
 * testimonials published. Rows come out merged, by organisation then department.
 */
@ApplicationScoped
public class IndicatorRepository {

    private static final String EVENTS = """
            select e.organisation, e.department, count(*),
                   sum(i.invited), sum(r.registered), sum(r.waiting), sum(r.present),
                   sum(s.answers), sum(s.score_sum), sum(s.yes), sum(s.maybe), sum(s.no)
            from welcome_event e
            cross join lateral (select count(*) as invited from invitation where event_id = e.id) i
            cross join lateral (select count(*) filter (where status <> 'CANCELLED') as registered,
                                       count(*) filter (where status = 'WAITING') as waiting,
                                       count(*) filter (where status <> 'CANCELLED' and present) as present
                                from registration where event_id = e.id) r
            cross join lateral (select count(*) as answers, coalesce(sum(score), 0) as score_sum,
                                       count(*) filter (where settling_intention = 'YES') as yes,
                                       count(*) filter (where settling_intention = 'MAYBE') as maybe,
                                       count(*) filter (where settling_intention = 'NO') as no
                                from survey_answer where event_id = e.id) s
            where e.status = 'PUBLISHED' and e.starts_at >= :from and e.starts_at < :to and e.ends_at <= :now
              and e.department in (:departments) %s
            group by e.organisation, e.department
            """;

    /** A housing offer's places are those of every semester it is available. */
    private static final String OFFERS = """
            select o.organisation, o.department, count(*), count(*) filter (where o.status = 'FILLED'),
                   sum(h.places), coalesce(sum(h.places) filter (where o.status = 'FILLED'), 0)
            from offer o
            cross join lateral (select coalesce(sum((a ->> 'places')::int), 0) as places
                                from jsonb_array_elements(coalesce(o.housing -> 'availability', '[]'::jsonb)) a) h
            where o.published_at >= :from and o.published_at < :to and o.department in (:departments) %s
            group by o.organisation, o.department
            """;

    private static final String TESTIMONIALS = """
            select t.organisation, t.department, count(*), count(*) filter (where t.status = 'WITHDRAWN')
            from testimonial t
            where t.published_at >= :from and t.published_at < :to and t.department in (:departments) %s
            group by t.organisation, t.department
            """;

    @Inject
    EntityManager em;

    @Transactional
    public WelcomeIndicators compute(int year, Reach reach, Instant now) {
        if (reach.departments().isEmpty()) {
            return new WelcomeIndicators(year, new Tally().figures(), List.of());
        }
        Map<Place, Tally> places = new TreeMap<>();
        read(EVENTS, "e", year, reach, now, places, (t, row) -> {
            t.eventsHeld = count(row[2]);
            t.invited = count(row[3]);
            t.registered = count(row[4]);
            t.waitingList = count(row[5]);
            t.present = count(row[6]);
            t.surveyAnswers = count(row[7]);
            t.scoreSum = count(row[8]);
            t.settlingYes = count(row[9]);
            t.settlingMaybe = count(row[10]);
            t.settlingNo = count(row[11]);
        });
        read(OFFERS, "o", year, reach, null, places, (t, row) -> {
            t.offersPublished = count(row[2]);
            t.offersFilled = count(row[3]);
            t.housingPlacesOffered = count(row[4]);
            t.housingPlacesTaken = count(row[5]);
        });
        read(TESTIMONIALS, "t", year, reach, null, places, (t, row) -> {
            t.testimonialsPublished = count(row[2]);
            t.testimonialsWithdrawn = count(row[3]);
        });
        Tally total = new Tally();
        places.values().forEach(total::add);
        List<Row> rows = places.entrySet().stream()
                .map(e -> new Row(e.getKey().organisation(), e.getKey().department(), e.getValue().figures())).toList();
        return new WelcomeIndicators(year, total.figures(), rows);
    }

    /** @param now the instant by which a counted event has ended; null for a query that takes none */
    @SuppressWarnings("unchecked")
    private void read(String sql, String alias, int year, Reach reach, Instant now, Map<Place, Tally> places,
            BiConsumer<Tally, Object[]> fill) {
        String organisation = reach.organisation() == null ? "" : "and " + alias + ".organisation = :organisation";
        Query query = em.createNativeQuery(sql.formatted(organisation))
                .setParameter("from", GuichetClock.startOfDay(LocalDate.of(year, 1, 1)))
                .setParameter("to", GuichetClock.startOfDay(LocalDate.of(year + 1, 1, 1)))
                .setParameter("departments", reach.departments());
        if (now != null) {
            query.setParameter("now", now);
        }
        if (reach.organisation() != null) {
            query.setParameter("organisation", reach.organisation());
        }
        for (Object[] row : (List<Object[]>) query.getResultList()) {
            fill.accept(places.computeIfAbsent(new Place((String) row[0], (String) row[1]), p -> new Tally()), row);
        }
    }

    private static long count(Object value) {
        return ((Number) value).longValue();
    }

    private record Place(String organisation, String department) implements Comparable<Place> {
        @Override
        public int compareTo(Place other) {
            int byOrganisation = organisation.compareTo(other.organisation);
            return byOrganisation != 0 ? byOrganisation : department.compareTo(other.department);
        }
    }
}
