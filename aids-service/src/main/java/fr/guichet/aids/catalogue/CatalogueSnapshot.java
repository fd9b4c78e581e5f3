package fr.guichet.aids.catalogue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/**
 * The whole catalogue in memory (a few dozen versions): simulations read it without touching the
 * database. A write in this instance refreshes it once committed; writes made through another instance
 * show here within {@code guichet.catalogue.refresh-interval}.
 */
@ApplicationScoped
public class CatalogueSnapshot {

    @Inject
    CatalogueRepository repository;

    @ConfigProperty(name = "guichet.catalogue.refresh-interval", defaultValue = "30s")
    Duration refreshInterval;

    private volatile Loaded loaded;
    /** Bumped by every committed write, so that a load begun before it is not kept. */
    private final AtomicLong generation = new AtomicLong();

    private record Loaded(Instant at, List<AidVersion> versions, Map<String, List<AidVersion>> byCode,
            Set<String> tenYearCategories) {
    }

    /** Published by every catalogue write, inside its transaction. */
    public record CatalogueChanged(String code) {
    }

    public List<AidVersion> inForce(LocalDate date) {
        return current().versions().stream().filter(v -> v.isInForceOn(date)).toList();
    }

    /** Every version of each aid that exists among the codes; unknown codes are absent from the map. */
    public Map<String, List<AidVersion>> versionsOf(List<String> codes) {
        Map<String, List<AidVersion>> byCode = current().byCode();
        return codes.stream().filter(byCode::containsKey).distinct().collect(Collectors.toMap(c -> c, byCode::get));
    }

    public Set<String> tenYearCategories() {
        return current().tenYearCategories();
    }

    void refresh(@Observes(during = TransactionPhase.AFTER_SUCCESS) CatalogueChanged change) {
        generation.incrementAndGet();
        loaded = null;
    }

    private Loaded current() {
        Loaded snapshot = loaded;
        if (snapshot == null || snapshot.at().plus(refreshInterval).isBefore(Instant.now())) {
            long before = generation.get();
            snapshot = load();
            if (generation.get() == before) {
                loaded = snapshot;
            }
        }
        return snapshot;
    }

    private Loaded load() {
        List<AidVersion> versions = repository.allVersions();
        Set<String> tenYear = repository.categories().stream().filter(c -> c.tenYearRule).map(c -> c.code)
                .collect(Collectors.toUnmodifiableSet());
        return new Loaded(Instant.now(), versions, versions.stream().collect(Collectors.groupingBy(v -> v.aidCode)), tenYear);
    }
}
