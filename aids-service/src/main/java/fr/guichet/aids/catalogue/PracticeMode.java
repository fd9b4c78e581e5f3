package fr.guichet.aids.catalogue;

public enum PracticeMode {
    LIBERAL, SALARIED, MIXED
}
