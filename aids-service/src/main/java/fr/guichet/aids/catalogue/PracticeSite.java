package fr.guichet.aids.catalogue;

/** Whether the planned practice is the professional's main practice or a secondary site (cabinet secondaire). */
public enum PracticeSite {
    MAIN, SECONDARY
}
