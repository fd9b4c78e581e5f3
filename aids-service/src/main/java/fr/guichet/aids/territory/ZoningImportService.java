package fr.guichet.aids.territory;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.hibernate.Session;

import fr.guichet.common.problem.Problem;
import fr.guichet.common.problem.Problem.FieldError;
import fr.guichet.common.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Applies a zoning file all or nothing: every line is checked first, then, in one transaction, the
 * zones in force in the departments the file covers are closed the day before the new ones start.
 * Closed zones stay queryable by date.
 */
@ApplicationScoped
public class ZoningImportService {

    private static final int MAX_REPORTED_ERRORS = 200;
    /** Stays well below PostgreSQL's limit of bind parameters in one statement. */
    private static final int LOOKUP_CHUNK = 5_000;

    @Inject
    EntityManager em;

    @Inject
    Event<CommuneDirectory.ZoningChanged> zoningChanged;

    @Inject
    Clock clock;

    public record Applied(Long importId, ZoningLayer layer, ZoningProfession profession, LocalDate validFrom,
            int rowCount, int closedAssignments) {
    }

    public record Report(int rows, List<Applied> imports) {
    }

    public record ImportView(Long id, ZoningLayer layer, ZoningProfession profession, LocalDate validFrom,
            String source, boolean illustrative, Instant importedAt, String importedBy, int rowCount) {
    }

    private record Group(ZoningProfession profession, LocalDate validFrom) {
    }

    /** Every zoning file applied, newest first. */
    public List<ImportView> history() {
        return ZoningImport.<ZoningImport>list("order by importedAt desc, id desc").stream()
                .map(i -> new ImportView(i.id, i.layer, i.profession, i.validFrom, i.source, i.illustrative,
                        i.importedAt, i.importedBy, i.rowCount))
                .toList();
    }

    @Transactional
    public Report importFile(String content, ZoningLayer layer, String source, String actor) {
        ZoningFile file = ZoningFile.parse(content, layer);
        List<FieldError> errors = new ArrayList<>(file.errors());
        Map<String, String> departmentByInsee = departmentsOf(file.rows());
        file.rows().stream()
                .filter(row -> !departmentByInsee.containsKey(row.insee()))
                .forEach(row -> errors.add(new FieldError("line " + row.line() + ": insee",
                        "no commune has the INSEE code " + row.insee())));
        errors.addAll(duplicates(file.rows()));
        if (!errors.isEmpty()) {
            errors.sort(Comparator.comparingInt(ZoningImportService::lineOf));
            throw new ProblemException(Problem.invalid(errors.size() + " line(s) of the zoning file are invalid; nothing was imported.",
                    errors.subList(0, Math.min(errors.size(), MAX_REPORTED_ERRORS))));
        }
        Map<Group, List<ZoningFile.Row>> groups = file.rows().stream().collect(Collectors.groupingBy(
                row -> new Group(row.profession(), row.validFrom()), LinkedHashMap::new, Collectors.toList()));
        List<Applied> applied = new ArrayList<>();
        for (Map.Entry<Group, List<ZoningFile.Row>> group : groups.entrySet()) {
            applied.add(apply(layer, group.getKey(), group.getValue(), departmentByInsee, source, actor));
        }
        zoningChanged.fire(new CommuneDirectory.ZoningChanged(file.rows().size()));
        return new Report(file.rows().size(), applied);
    }

    private Applied apply(ZoningLayer layer, Group group, List<ZoningFile.Row> rows, Map<String, String> departmentByInsee,
            String source, String actor) {
        Set<String> departments = rows.stream().map(row -> departmentByInsee.get(row.insee())).collect(Collectors.toSet());
        refuseIfLaterZoningExists(layer, group, departments);
        int closed = em.createNativeQuery("""
                update zone_assignment set valid_to = :dayBefore
                where layer = :layer and profession is not distinct from :profession and valid_to is null
                  and insee in (select insee from commune where department_code in (:departments))""")
                .setParameter("dayBefore", group.validFrom().minusDays(1))
                .setParameter("layer", layer.name())
                .setParameter("profession", group.profession() == null ? null : group.profession().name())
                .setParameter("departments", departments)
                .executeUpdate();
        ZoningImport zoningImport = new ZoningImport();
        zoningImport.layer = layer;
        zoningImport.profession = group.profession();
        zoningImport.validFrom = group.validFrom();
        zoningImport.source = source;
        zoningImport.importedAt = Instant.now(clock);
        zoningImport.importedBy = actor;
        zoningImport.rowCount = rows.size();
        em.persist(zoningImport);
        em.flush();
        insertAssignments(zoningImport, rows);
        return new Applied(zoningImport.id, layer, group.profession(), group.validFrom(), rows.size(), closed);
    }

    private void refuseIfLaterZoningExists(ZoningLayer layer, Group group, Set<String> departments) {
        List<?> later = em.createNativeQuery("""
                select distinct c.department_code from zone_assignment z join commune c on c.insee = z.insee
                where z.layer = :layer and z.profession is not distinct from :profession
                  and z.valid_from >= :validFrom and c.department_code in (:departments)""")
                .setParameter("layer", layer.name())
                .setParameter("profession", group.profession() == null ? null : group.profession().name())
                .setParameter("validFrom", group.validFrom())
                .setParameter("departments", departments)
                .getResultList();
        if (!later.isEmpty()) {
            throw ProblemException.conflict("A zoning starting on or after " + group.validFrom()
                    + " already exists for department(s) " + later + "; a new zoning must start after the one in force.");
        }
    }

    private void insertAssignments(ZoningImport zoningImport, List<ZoningFile.Row> rows) {
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into zone_assignment (import_id, insee, layer, profession, zone_code, zone_type, partial, valid_from)
                    values (?, ?, ?, ?, ?, ?, ?, ?)""")) {
                for (ZoningFile.Row row : rows) {
                    insert.setLong(1, zoningImport.id);
                    insert.setString(2, row.insee());
                    insert.setString(3, zoningImport.layer.name());
                    insert.setString(4, row.profession() == null ? null : row.profession().name());
                    insert.setString(5, row.zoneCode());
                    insert.setString(6, row.zone().type().name());
                    insert.setBoolean(7, row.zone().partial());
                    insert.setDate(8, Date.valueOf(row.validFrom()));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
    }

    private Map<String, String> departmentsOf(List<ZoningFile.Row> rows) {
        List<String> codes = rows.stream().map(ZoningFile.Row::insee).distinct().toList();
        Map<String, String> departments = new HashMap<>();
        for (int from = 0; from < codes.size(); from += LOOKUP_CHUNK) {
            em.createQuery("select c.insee, c.departmentCode from Commune c where c.insee in :codes", Object[].class)
                    .setParameter("codes", codes.subList(from, Math.min(from + LOOKUP_CHUNK, codes.size())))
                    .getResultList()
                    .forEach(pair -> departments.put((String) pair[0], (String) pair[1]));
        }
        return departments;
    }

    /** A commune has one whole-commune zone per zoning; partial zones (QPV, grand quartier) may come beside it. */
    private static List<FieldError> duplicates(List<ZoningFile.Row> rows) {
        Set<String> seen = new HashSet<>();
        List<FieldError> errors = new ArrayList<>();
        for (ZoningFile.Row row : rows) {
            String key = String.join("|", row.insee(), Objects.toString(row.profession()), row.validFrom().toString(),
                    row.zone().partial() ? row.zone().type().name() : "whole");
            if (!seen.add(key)) {
                errors.add(new FieldError("line " + row.line() + ": insee",
                        "commune " + row.insee() + " appears twice in the same zoning"));
            }
        }
        return errors;
    }

    private static int lineOf(FieldError error) {
        String field = error.field();
        int colon = field.indexOf(':');
        return field.startsWith("line ") && colon > 5 ? Integer.parseInt(field.substring(5, colon)) : 0;
    }
}
