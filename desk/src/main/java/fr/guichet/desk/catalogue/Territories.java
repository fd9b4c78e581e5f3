package fr.guichet.desk.catalogue;

import java.text.Collator;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The regions and departments, read from the API once a day at most: they change with a yearly decree, and every
 * catalogue page names them (filters, territory of an aid).
 */
@ApplicationScoped
public class Territories {

    private static final Duration KEPT = Duration.ofDays(1);

    @Inject
    Clock clock;

    @Inject
    @RestClient
    CatalogueApi api;

    private volatile Snapshot snapshot;

    public List<Area> regions() {
        return current().regions();
    }

    public List<Department> departments() {
        return current().departments();
    }

    /** "Hauts-de-France", or the code itself when the API does not know it. */
    public String regionName(String code) {
        Area region = current().regionsByCode().get(code);
        return region == null ? code : region.name();
    }

    /** "Aisne (02)", or the code itself when the API does not know it. */
    public String departmentName(String code) {
        Department department = current().departmentsByCode().get(code);
        return department == null ? code : department.name() + " (" + code + ")";
    }

    private Snapshot current() {
        Snapshot known = snapshot;
        Instant now = Instant.now(clock);
        if (known == null || known.readAt().plus(KEPT).isBefore(now)) {
            known = Snapshot.of(now, api.listRegions(), api.listDepartments());
            snapshot = known;
        }
        return known;
    }

    private record Snapshot(Instant readAt, List<Area> regions, List<Department> departments,
            Map<String, Area> regionsByCode, Map<String, Department> departmentsByCode) {

        static Snapshot of(Instant readAt, List<Area> regions, List<Department> departments) {
            List<Area> sortedRegions = regions.stream().sorted(Comparator.comparing(Area::name, Collator.getInstance(Locale.FRANCE))).toList();
            List<Department> sortedDepartments = departments.stream().sorted(Comparator.comparing(Department::code)).toList();
            return new Snapshot(readAt, sortedRegions, sortedDepartments,
                    regions.stream().collect(Collectors.toMap(Area::code, Function.identity())),
                    departments.stream().collect(Collectors.toMap(Department::code, Function.identity())));
        }
    }
}
