package fr.guichet.aids.territory;

import java.util.List;
import java.util.Optional;

import fr.guichet.aids.territory.TerritoryViews.Area;
import fr.guichet.aids.territory.TerritoryViews.Centre;
import fr.guichet.aids.territory.TerritoryViews.ZoneView;
import io.quarkus.cache.CacheInvalidateAll;
import io.quarkus.cache.CacheResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * What is known of a commune, every zone period included, cached: each simulation reads it, and it
 * changes only when a zoning file is imported (which empties the cache; other instances see the change
 * within the cache's expiry).
 */
@ApplicationScoped
public class CommuneDirectory {

    static final String CACHE = "commune-facts";

    @Inject
    TerritoryRepository repository;

    public record CommuneFacts(String insee, String name, Area department, Area region, Integer population,
            Centre centre, List<String> formerCodes, List<ZoneView> zones) {
    }

    @CacheResult(cacheName = CACHE)
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<CommuneFacts> facts(String insee) {
        return repository.findCurrentCommune(insee).map(commune -> {
            Department department = repository.department(commune.departmentCode);
            Region region = repository.region(department.regionCode);
            List<ZoneView> zones = repository.allZones(commune.insee).stream().map(ZoneView::of).toList();
            return new CommuneFacts(commune.insee, commune.name, new Area(department.code, department.name),
                    new Area(region.code, region.name), commune.population, Centre.of(commune),
                    repository.formerCodes(commune.insee), zones);
        });
    }

    /** Once a zoning import has committed, what was cached is stale. */
    @CacheInvalidateAll(cacheName = CACHE)
    public void forgetAll(@Observes(during = TransactionPhase.AFTER_SUCCESS) ZoningChanged change) {
        // the annotation empties the cache
    }

    /** Fired by every zoning import, inside its transaction. */
    public record ZoningChanged(int rows) {
    }
}
