package fr.guichet.aids.catalogue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.quarkus.cache.CacheInvalidateAll;
import io.quarkus.cache.CacheResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * The whole catalogue in memory (a few dozen versions), cached: simulations read it without touching the
 * database. A write in this instance empties the cache once committed; writes made through another
 * instance show here within the cache's expiry.
 */
@ApplicationScoped
public class CatalogueSnapshot {

    static final String CACHE = "catalogue-snapshot";

    @Inject
    CatalogueRepository repository;

    /** The catalogue as read at one moment; a simulation reads one of these throughout. */
    public record Catalogue(List<AidVersion> versions, Map<String, List<AidVersion>> byCode,
            Set<String> tenYearCategories) {

        public List<AidVersion> inForce(LocalDate date) {
            return versions.stream().filter(v -> v.isInForceOn(date)).toList();
        }

        /** Every version of each aid that exists among the codes; unknown codes are absent from the map. */
        public Map<String, List<AidVersion>> versionsOf(List<String> codes) {
            return codes.stream().filter(byCode::containsKey).distinct().collect(Collectors.toMap(c -> c, byCode::get));
        }
    }

    /** Published by every catalogue write, inside its transaction. */
    public record CatalogueChanged(String code) {
    }

    @CacheResult(cacheName = CACHE)
    @Transactional(Transactional.TxType.SUPPORTS)
    public Catalogue current() {
        List<AidVersion> versions = repository.allVersions();
        Set<String> tenYear = repository.categories().stream().filter(c -> c.tenYearRule).map(c -> c.code)
                .collect(Collectors.toUnmodifiableSet());
        return new Catalogue(versions, versions.stream().collect(Collectors.groupingBy(v -> v.aidCode)), tenYear);
    }

    /** Once a catalogue write has committed, what was cached is stale. */
    @CacheInvalidateAll(cacheName = CACHE)
    public void forgetAll(@Observes(during = TransactionPhase.AFTER_SUCCESS) CatalogueChanged change) {
        // the annotation empties the cache
    }
}
