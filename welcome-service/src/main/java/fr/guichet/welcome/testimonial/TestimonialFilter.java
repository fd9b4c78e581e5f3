package fr.guichet.welcome.testimonial;

/** The public list's filters, each optional: a department, an aid that helped, words of the story (French full text). */
public record TestimonialFilter(String department, String aidCode, String text) {
}
