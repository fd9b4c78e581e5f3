package fr.guichet.cases.request;

/** What a quick request is about: aids, zoning, the installation steps, premises, training and internships, other. */
public enum RequestSubject {
    AIDS, ZONING, STEPS, PREMISES, TRAINING, OTHER
}
