package fr.guichet.aids.territory;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Zone codes as ARS files write them: the Atlasanté codes of the doctors' zoning ({@code 1_ZIP} …
 * {@code 8_GQ_ZIP}, where QPV and "grand quartier" codes concern only part of a commune) and the
 * plain names of every zone type.
 */
public record ZoneCode(ZoneType type, boolean partial) {

    private static final Set<ZoneType> DOCTOR_ZONES = EnumSet.of(ZoneType.ZIP, ZoneType.ZAC, ZoneType.ZAR, ZoneType.ZV,
            ZoneType.HORS_ZONAGE);
    private static final Set<ZoneType> FIVE_LEVELS = EnumSet.of(ZoneType.TRES_SOUS_DOTEE, ZoneType.SOUS_DOTEE,
            ZoneType.INTERMEDIAIRE, ZoneType.TRES_DOTEE, ZoneType.SUR_DOTEE);

    private static final Map<String, ZoneCode> CODES = new HashMap<>();

    static {
        CODES.put("1_ZIP", new ZoneCode(ZoneType.ZIP, false));
        CODES.put("2_ZAC", new ZoneCode(ZoneType.ZAC, false));
        CODES.put("3_QPV_ZIP", new ZoneCode(ZoneType.ZIP, true));
        CODES.put("4_QPV_ZAC", new ZoneCode(ZoneType.ZAC, true));
        CODES.put("5_ZV", new ZoneCode(ZoneType.ZV, false));
        CODES.put("6_HZ", new ZoneCode(ZoneType.HORS_ZONAGE, false));
        CODES.put("7_GQ_ZAC", new ZoneCode(ZoneType.ZAC, true));
        CODES.put("8_GQ_ZIP", new ZoneCode(ZoneType.ZIP, true));
        CODES.put("HZ", new ZoneCode(ZoneType.HORS_ZONAGE, false));
        CODES.put("MONTAGNE_PARTIELLE", new ZoneCode(ZoneType.MONTAGNE, true));
        for (ZoneType type : ZoneType.values()) {
            CODES.put(type.name(), new ZoneCode(type, type == ZoneType.QPV));
        }
    }

    public static Optional<ZoneCode> parse(String code) {
        return Optional.ofNullable(CODES.get(code.trim().toUpperCase(Locale.ROOT)));
    }

    /** Whether a zoning layer (and, for ARS zonings, the profession) may carry this zone type. */
    public boolean fits(ZoningLayer layer, ZoningProfession profession) {
        return switch (layer) {
            case PROFESSION_ZONING -> profession == ZoningProfession.DOCTOR ? DOCTOR_ZONES.contains(type)
                    : FIVE_LEVELS.contains(type);
            case MOUNTAIN -> type == ZoneType.MONTAGNE;
            case FRR -> type == ZoneType.FRR || type == ZoneType.FRR_PLUS;
            case QPV -> type == ZoneType.QPV;
        };
    }
}
