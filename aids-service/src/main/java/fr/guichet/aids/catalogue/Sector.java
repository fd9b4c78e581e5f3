package fr.guichet.aids.catalogue;

/** Conventional sector with the Assurance Maladie; OPTAM is the sector 2 option with capped fees. */
public enum Sector {
    SECTOR_1, SECTOR_2, SECTOR_2_OPTAM, NON_CONVENTIONED
}
