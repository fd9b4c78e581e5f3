package fr.guichet.aids.catalogue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** An aid as one of its versions describes it, with its territorial scope spelled out. */
public record AidView(
        String code,
        int versionNumber,
        LocalDate validFrom,
        LocalDate validTo,
        boolean validFromIndicative,
        boolean validToIndicative,
        String label,
        String description,
        Funder funder,
        String category,
        Scope scope,
        AidDefinition definition,
        String sourceUrl,
        Instant publishedAt,
        String publishedBy,
        Retirement retirement) {

    public enum ScopeLevel {
        NATIONAL, REGIONAL, DEPARTMENTAL
    }

    public record Scope(ScopeLevel level, List<String> regions, List<String> departments) {
        static Scope of(AidDefinition definition) {
            Criterion.Territory territory = definition.territory();
            if (territory == null) {
                return new Scope(ScopeLevel.NATIONAL, List.of(), List.of());
            }
            ScopeLevel level = territory.regions().isEmpty() ? ScopeLevel.DEPARTMENTAL : ScopeLevel.REGIONAL;
            return new Scope(level, territory.regions(), territory.departments());
        }
    }

    public record Retirement(Instant at, String by, String reason) {
    }

    static AidView of(Aid aid, AidVersion version) {
        Retirement retirement = aid.isRetired() ? new Retirement(aid.retiredAt, aid.retiredBy, aid.retiredReason) : null;
        return new AidView(aid.code, version.versionNumber, version.validFrom, version.validTo,
                version.validFromIndicative, version.validToIndicative, version.label,
                version.description, version.funder, version.category, Scope.of(version.definition), version.definition,
                version.sourceUrl, version.publishedAt, version.publishedBy, retirement);
    }
}
