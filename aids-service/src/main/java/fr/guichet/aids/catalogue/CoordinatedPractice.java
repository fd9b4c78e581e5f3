package fr.guichet.aids.catalogue;

/** How the professional practises with others: group practice, MSP, ESP or CPTS, or alone. */
public enum CoordinatedPractice {
    NONE, GROUP, MSP, ESP, CPTS
}
