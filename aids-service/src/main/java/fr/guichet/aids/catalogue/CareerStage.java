package fr.guichet.aids.catalogue;

public enum CareerStage {
    STUDENT, INTERN, JUNIOR_DOCTOR, LOCUM, INSTALLING, RECENTLY_INSTALLED, ESTABLISHED
}
