package fr.guichet.aids.territory;

import java.util.EnumSet;
import java.util.Set;

public enum ZoneType {
    ZIP, ZAC, ZAR, ZV, HORS_ZONAGE,
    TRES_SOUS_DOTEE, SOUS_DOTEE, INTERMEDIAIRE, TRES_DOTEE, SUR_DOTEE,
    MONTAGNE, FRR, FRR_PLUS, QPV;

    private static final Set<ZoneType> COMMON_LAYERS = EnumSet.of(MONTAGNE, FRR, FRR_PLUS, QPV);

    /** Whether this zone comes from a profession's ARS zoning rather than a layer common to all professions. */
    public boolean isProfessionZoning() {
        return !COMMON_LAYERS.contains(this);
    }
}
