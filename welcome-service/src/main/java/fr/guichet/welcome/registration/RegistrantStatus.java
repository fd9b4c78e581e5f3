package fr.guichet.welcome.registration;

/** Where the registrant stands in their career: a medical student, an intern (interne), a replacement doctor, other. */
public enum RegistrantStatus {
    STUDENT, INTERN, REPLACEMENT, OTHER
}
