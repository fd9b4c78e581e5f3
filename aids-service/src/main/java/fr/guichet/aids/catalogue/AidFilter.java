package fr.guichet.aids.catalogue;

import fr.guichet.aids.territory.ZoneType;

/** The catalogue filters that read an aid's definition rather than a column. */
final class AidFilter {

    private final AidSearch search;
    private final String regionOfDepartment;

    AidFilter(AidSearch search, String regionOfDepartment) {
        this.search = search;
        this.regionOfDepartment = regionOfDepartment;
    }

    boolean accepts(AidVersion version) {
        AidDefinition definition = version.definition;
        return (search.funder() == null || version.funder == search.funder())
                && (search.category() == null || version.category.equals(search.category()))
                && (search.profession() == null || definition.professions().contains(search.profession()))
                && (search.careerStage() == null || definition.careerStages().contains(search.careerStage()))
                && (search.zoneType() == null || targetsZone(definition, search.zoneType()))
                && (search.region() == null || coversRegion(definition.territory(), search.region()))
                && (search.department() == null || coversDepartment(definition.territory()));
    }

    /** An aid "for" a zone type is one whose ZONE criterion names it. */
    private static boolean targetsZone(AidDefinition definition, ZoneType zoneType) {
        return definition.criteria().stream()
                .anyMatch(c -> c instanceof Criterion.Zone zone && zone.anyOf().contains(zoneType));
    }

    /** National aids cover every region; a regional one covers its regions. */
    private static boolean coversRegion(Criterion.Territory territory, String region) {
        return territory == null || territory.regions().contains(region);
    }

    private boolean coversDepartment(Criterion.Territory territory) {
        return territory == null || territory.departments().contains(search.department())
                || (regionOfDepartment != null && territory.regions().contains(regionOfDepartment));
    }
}
