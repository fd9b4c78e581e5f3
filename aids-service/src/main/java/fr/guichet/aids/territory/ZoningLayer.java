package fr.guichet.aids.territory;

/** Zoning layers: a profession's ARS zoning, or a territorial classification common to all. */
public enum ZoningLayer {
    PROFESSION_ZONING, MOUNTAIN, FRR, QPV;

    public boolean isPerProfession() {
        return this == PROFESSION_ZONING;
    }
}
