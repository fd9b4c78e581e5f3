package fr.guichet.aids.catalogue;

public enum CareerStage {
    STUDENT, INTERN, JUNIOR_DOCTOR, LOCUM, INSTALLING, RECENTLY_INSTALLED, ESTABLISHED;

    /** Already installed: the installation date is in the past and not the planned start. */
    public boolean isInstalled() {
        return this == RECENTLY_INSTALLED || this == ESTABLISHED;
    }
}
