package fr.guichet.aids.catalogue;

import fr.guichet.aids.territory.ZoningProfession;

public enum Profession {
    GENERAL_PRACTITIONER(ZoningProfession.DOCTOR),
    SPECIALIST(ZoningProfession.DOCTOR),
    DENTIST(ZoningProfession.DENTIST),
    NURSE(ZoningProfession.NURSE),
    MIDWIFE(ZoningProfession.MIDWIFE),
    PHYSIOTHERAPIST(ZoningProfession.PHYSIOTHERAPIST),
    PHARMACIST(ZoningProfession.PHARMACIST);

    private final ZoningProfession zoning;

    Profession(ZoningProfession zoning) {
        this.zoning = zoning;
    }

    /** The profession whose ARS zoning applies: all doctors share the doctors' zoning. */
    public ZoningProfession zoning() {
        return zoning;
    }
}
