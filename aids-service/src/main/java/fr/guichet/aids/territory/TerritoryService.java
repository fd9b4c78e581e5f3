package fr.guichet.aids.territory;

import java.time.LocalDate;
import java.util.List;

import fr.guichet.aids.territory.TerritoryViews.Area;
import fr.guichet.aids.territory.TerritoryViews.CommuneSummary;
import fr.guichet.aids.territory.TerritoryViews.CommuneView;
import fr.guichet.aids.territory.TerritoryViews.DepartmentView;
import fr.guichet.aids.territory.TerritoryViews.ZoneView;
import fr.guichet.common.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

@ApplicationScoped
public class TerritoryService {

    @Inject
    TerritoryRepository repository;

    @Inject
    CommuneDirectory directory;

    public List<CommuneSummary> searchCommunes(String query, String departmentCode, int limit) {
        return repository.searchCommunes(query, departmentCode, limit).stream().map(CommuneSummary::of).toList();
    }

    /** The commune and the zones in force on {@code asOf}, for one profession's zoning or for all. */
    public CommuneView describe(String insee, LocalDate asOf, ZoningProfession profession) {
        CommuneDirectory.CommuneFacts facts = directory.facts(insee)
                .orElseThrow(() -> ProblemException.notFound("No commune has the INSEE code " + insee + "."));
        List<ZoneView> zones = facts.zones().stream()
                .filter(zone -> zone.isInForceOn(asOf))
                .filter(zone -> profession == null || zone.profession() == null || zone.profession() == profession)
                .toList();
        return new CommuneView(facts.insee(), facts.name(), facts.department(), facts.region(), facts.population(),
                facts.centre(), facts.formerCodes(), asOf, zones);
    }

    public List<Area> regions() {
        return repository.regions().stream().map(r -> new Area(r.code, r.name)).toList();
    }

    public List<DepartmentView> departments() {
        return repository.departments().stream().map(DepartmentView::of).toList();
    }

    public boolean isRegion(String code) {
        return repository.region(code) != null;
    }

    public boolean isDepartment(String code) {
        return repository.department(code) != null;
    }

    /** The region of a department, or null when the code is unknown. */
    public String regionOf(String departmentCode) {
        Department department = repository.department(departmentCode);
        return department == null ? null : department.regionCode;
    }
}
