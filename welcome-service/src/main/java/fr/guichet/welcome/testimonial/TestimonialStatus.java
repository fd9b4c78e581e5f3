package fr.guichet.welcome.testimonial;

/**
 * A testimonial's life: a DRAFT its organisers write, PUBLISHED once the person's consent is recorded and an organiser
 * moderated it, WITHDRAWN at any time (by an organiser or by the person), which erases the story.
 */
public enum TestimonialStatus {
    DRAFT, PUBLISHED, WITHDRAWN
}
