package fr.guichet.desk.testimonials;

import io.quarkus.qute.TemplateData;

/** Where a testimonial stands: written, public, or withdrawn (its story erased). */
@TemplateData
public enum TestimonialStatus {
    DRAFT("Brouillon"),
    PUBLISHED("Publié"),
    WITHDRAWN("Retiré");

    private final String label;

    TestimonialStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
