package fr.guichet.aids.territory;

/** The professions for which an ARS publishes its own zoning. */
public enum ZoningProfession {
    DOCTOR, DENTIST, NURSE, MIDWIFE, PHYSIOTHERAPIST, PHARMACIST
}
