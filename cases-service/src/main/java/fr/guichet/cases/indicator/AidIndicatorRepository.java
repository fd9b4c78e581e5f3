package fr.guichet.cases.indicator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import fr.guichet.cases.indicator.AidIndicators.Breakdown;
import fr.guichet.cases.indicator.AidIndicators.Figures;
import fr.guichet.cases.indicator.AidIndicators.Line;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** One pass over the period's aid events, grouped five ways at once (grouping sets). */
@ApplicationScoped
public class AidIndicatorRepository {

    private static final String SQL = """
            select e.aid_code, c.department, cast(extract(year from e.occurred_on) as integer) as year,
                   grouping(e.aid_code) as all_aids, grouping(c.department) as all_departments,
                   grouping(cast(extract(year from e.occurred_on) as integer)) as all_years,
                   count(*) filter (where e.status = 'SIGNED') as signed,
                   coalesce(sum(e.amount_cents) filter (where e.status = 'SIGNED'), 0) as agreed,
                   coalesce(sum(e.amount_cents) filter (where e.status = 'PAID'), 0) as paid,
                   coalesce(sum(e.amount_cents) filter (where e.status = 'REPAID'), 0) as repaid
            from case_aid_event e join case_file c on c.id = e.case_id
            where e.status in ('SIGNED', 'PAID', 'REPAID') and e.occurred_on between :from and :to
              and c.department in (:departments)
            group by grouping sets ((), (e.aid_code), (c.department), (cast(extract(year from e.occurred_on) as integer)),
                                    (e.aid_code, c.department, cast(extract(year from e.occurred_on) as integer)))
            """;

    @Inject
    EntityManager em;

    /** @param to inclusive */
    @SuppressWarnings("unchecked")
    @Transactional
    public AidIndicators compute(LocalDate from, LocalDate to, Set<String> departments) {
        if (departments.isEmpty()) {
            return AidIndicators.none(from, to);
        }
        List<Object[]> rows = em.createNativeQuery(SQL).setParameter("from", from).setParameter("to", to)
                .setParameter("departments", departments).getResultList();
        Figures total = Figures.NONE;
        List<Breakdown> byAid = new ArrayList<>();
        List<Breakdown> byDepartment = new ArrayList<>();
        List<Breakdown> byYear = new ArrayList<>();
        List<Line> lines = new ArrayList<>();
        for (Object[] row : rows) {
            Figures figures = new Figures(count(row[6]), count(row[7]), count(row[8]), count(row[9]));
            boolean allAids = flag(row[3]);
            boolean allDepartments = flag(row[4]);
            boolean allYears = flag(row[5]);
            if (!allAids && !allDepartments && !allYears) {
                lines.add(new Line((String) row[0], (String) row[1], ((Number) row[2]).intValue(), figures));
            } else if (!allAids) {
                byAid.add(new Breakdown((String) row[0], figures));
            } else if (!allDepartments) {
                byDepartment.add(new Breakdown((String) row[1], figures));
            } else if (!allYears) {
                byYear.add(new Breakdown(String.valueOf(row[2]), figures));
            } else {
                total = figures;
            }
        }
        Comparator<Breakdown> byValue = Comparator.comparing(Breakdown::value);
        byAid.sort(byValue);
        byDepartment.sort(byValue);
        byYear.sort(byValue);
        lines.sort(Comparator.comparing(Line::aid).thenComparing(Line::department).thenComparingInt(Line::year));
        return new AidIndicators(from, to, total, byAid, byDepartment, byYear, lines);
    }

    private static long count(Object value) {
        return ((Number) value).longValue();
    }

    /** grouping() is 1 where the column is rolled up. */
    private static boolean flag(Object value) {
        return ((Number) value).intValue() == 1;
    }
}
