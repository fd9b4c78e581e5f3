package fr.guichet.cases.indicator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import fr.guichet.cases.indicator.ActivityIndicators.Breakdown;
import fr.guichet.cases.indicator.ActivityIndicators.Figures;
import fr.guichet.common.time.GuichetClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * One pass over the period's facts, each on the day it happened (a request received, a case qualified, a case
 * installed, an aid signed), grouped six ways at once (grouping sets). Months are French months.
 */
@ApplicationScoped
public class ActivityIndicatorRepository {

    private static final String SQL = """
            with fact as (
                select 'R' as measure, department, profession, channel, subject,
                       to_char(received_at at time zone 'Europe/Paris', 'YYYY-MM') as month
                from quick_request where received_at >= :from and received_at < :to and department in (:departments)
                union all
                select 'A', department, profession, channel, null, to_char(qualified_at at time zone 'Europe/Paris', 'YYYY-MM')
                from case_file where qualified_at >= :from and qualified_at < :to and department in (:departments)
                union all
                select 'I', department, profession, channel, null, to_char(installed_at at time zone 'Europe/Paris', 'YYYY-MM')
                from case_file where installed_at >= :from and installed_at < :to and department in (:departments)
                union all
                select 'C', c.department, c.profession, c.channel, null, to_char(e.occurred_on, 'YYYY-MM')
                from case_aid_event e join case_file c on c.id = e.case_id
                where e.status = 'SIGNED' and e.occurred_on between :fromDay and :toDay and c.department in (:departments))
            select department, profession, channel, subject, month,
                   grouping(department), grouping(profession), grouping(channel), grouping(subject), grouping(month),
                   count(*) filter (where measure = 'R'), count(*) filter (where measure = 'A'),
                   count(*) filter (where measure = 'I'), count(*) filter (where measure = 'C')
            from fact
            group by grouping sets ((), (department), (profession), (channel), (subject), (month))
            """;

    @Inject
    EntityManager em;

    /** @param to inclusive */
    @SuppressWarnings("unchecked")
    @Transactional
    public ActivityIndicators compute(LocalDate from, LocalDate to, Set<String> departments) {
        if (departments.isEmpty()) {
            return ActivityIndicators.none(from, to);
        }
        List<Object[]> rows = em.createNativeQuery(SQL)
                .setParameter("from", GuichetClock.startOfDay(from))
                .setParameter("to", GuichetClock.startOfDay(to.plusDays(1)))
                .setParameter("fromDay", from).setParameter("toDay", to)
                .setParameter("departments", departments).getResultList();
        Figures total = Figures.NONE;
        List<List<Breakdown>> dimensions = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
                new ArrayList<>(), new ArrayList<>());
        for (Object[] row : rows) {
            Figures figures = new Figures(count(row[10]), count(row[11]), count(row[12]), count(row[13]));
            int grouped = groupedDimension(row);
            if (grouped < 0) {
                total = figures;
            } else {
                dimensions.get(grouped).add(new Breakdown((String) row[grouped], figures));
            }
        }
        Comparator<Breakdown> byValue = Comparator.comparing(Breakdown::value, Comparator.nullsLast(Comparator.naturalOrder()));
        dimensions.forEach(d -> d.sort(byValue));
        return new ActivityIndicators(from, to, total, dimensions.get(0), dimensions.get(1), dimensions.get(2),
                dimensions.get(3), dimensions.get(4));
    }

    /** The one dimension this row is grouped by (grouping() is 0 there), or -1 for the total. */
    private static int groupedDimension(Object[] row) {
        for (int i = 0; i < 5; i++) {
            if (((Number) row[5 + i]).intValue() == 0) {
                return i;
            }
        }
        return -1;
    }

    private static long count(Object value) {
        return ((Number) value).longValue();
    }
}
