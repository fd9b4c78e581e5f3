package fr.guichet.cases.casefile;

/** Professions the guichet accompanies; doctors share one partner checklist, each other profession its own. */
public enum Profession {
    GENERAL_PRACTITIONER("DOCTOR"),
    SPECIALIST("DOCTOR"),
    DENTIST("DENTIST"),
    NURSE("NURSE"),
    MIDWIFE("MIDWIFE"),
    PHYSIOTHERAPIST("PHYSIOTHERAPIST"),
    PHARMACIST("PHARMACIST");

    private final String checklist;

    Profession(String checklist) {
        this.checklist = checklist;
    }

    /** The task templates' profession group. */
    public String checklist() {
        return checklist;
    }
}
