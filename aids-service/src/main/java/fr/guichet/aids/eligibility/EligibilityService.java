package fr.guichet.aids.eligibility;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import fr.guichet.aids.catalogue.AidVersion;
import fr.guichet.aids.catalogue.CatalogueSnapshot;
import fr.guichet.aids.territory.TerritoryService;
import fr.guichet.aids.territory.TerritoryViews.CommuneView;
import fr.guichet.common.problem.Problem;
import fr.guichet.common.problem.Problem.FieldError;
import fr.guichet.common.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Gathers what the engine needs for one project: the commune and its zones, the aids in force, the history. */
@ApplicationScoped
public class EligibilityService {

    @Inject
    CatalogueSnapshot snapshot;

    @Inject
    TerritoryService territories;

    public Assessment.Result simulate(EligibilityRequest project) {
        CommuneView commune = territories.describe(project.targetCommune(), project.plannedStartDate(),
                project.profession().zoning());
        CatalogueSnapshot.Catalogue catalogue = snapshot.current();
        return EligibilityEngine.assess(project, commune, catalogue.inForce(project.plannedStartDate()),
                catalogue.tenYearCategories(), receivedAidVersions(project, catalogue));
    }

    private static Map<String, List<AidVersion>> receivedAidVersions(EligibilityRequest project,
            CatalogueSnapshot.Catalogue catalogue) {
        List<String> codes = project.aidsAlreadyReceived().stream().map(EligibilityRequest.ReceivedAid::code).distinct().toList();
        if (codes.isEmpty()) {
            return Map.of();
        }
        Map<String, List<AidVersion>> versions = catalogue.versionsOf(codes);
        List<FieldError> unknown = new ArrayList<>();
        for (int i = 0; i < project.aidsAlreadyReceived().size(); i++) {
            String code = project.aidsAlreadyReceived().get(i).code();
            if (!versions.containsKey(code)) {
                unknown.add(new FieldError("aidsAlreadyReceived[" + i + "].code", "unknown aid " + code));
            }
        }
        if (!unknown.isEmpty()) {
            throw new ProblemException(Problem.invalid("Some aids already received are not in the catalogue.", unknown));
        }
        return versions;
    }
}
