package fr.guichet.aids.territory;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the territory endpoints answer. */
public final class TerritoryViews {

    private TerritoryViews() {
    }

    public record Area(String code, String name) {
    }

    public record DepartmentView(String code, String name, String regionCode) {
        static DepartmentView of(Department department) {
            return new DepartmentView(department.code, department.name, department.regionCode);
        }
    }

    @Schema(name = "CommuneCentre", description = "The commune's centre in WGS 84 degrees (geo.api.gouv.fr's); "
            + "a commune the source does not know (some created by a recent merger) has none")
    public record Centre(double latitude, double longitude) {
        static Centre of(Commune commune) {
            return commune.latitude == null ? null : new Centre(commune.latitude, commune.longitude);
        }
    }

    public record CommuneSummary(String insee, String name, String departmentCode, Integer population,
            @Schema(description = "Null when unknown", nullable = true) Centre centre) {
        static CommuneSummary of(Commune commune) {
            return new CommuneSummary(commune.insee, commune.name, commune.departmentCode, commune.population,
                    Centre.of(commune));
        }
    }

    /**
     * A zone in force. {@code partial} means only part of the commune is concerned (QPV, part of a
     * commune in mountain zone): the address decides.
     */
    public record ZoneView(ZoningLayer layer, ZoningProfession profession, ZoneType zoneType, String zoneCode,
            boolean partial, LocalDate validFrom, LocalDate validTo, String source, boolean illustrative) {
        static ZoneView of(ZoneAssignment zone) {
            return new ZoneView(zone.layer, zone.profession, zone.zoneType, zone.zoneCode, zone.partial,
                    zone.validFrom, zone.validTo, zone.zoningImport.source, zone.zoningImport.illustrative);
        }

        public boolean isInForceOn(LocalDate date) {
            return !validFrom.isAfter(date) && (validTo == null || !validTo.isBefore(date));
        }
    }

    public record CommuneView(String insee, String name, Area department, Area region, Integer population,
            @Schema(description = "Null when unknown", nullable = true) Centre centre, List<String> formerCodes, LocalDate asOf,
            List<ZoneView> zones) {
    }
}
