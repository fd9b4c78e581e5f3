package fr.guichet.welcome.testimonial;

/** How the person practises since they settled, as cases-service names it: liberal, salaried, or both. */
public enum PracticeMode {
    LIBERAL, SALARIED, MIXED
}
