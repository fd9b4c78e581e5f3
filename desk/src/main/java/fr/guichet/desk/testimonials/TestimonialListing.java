package fr.guichet.desk.testimonials;

import fr.guichet.desk.page.SearchTerms;

/** The testimonials shown for the filters chosen, and the address of the next ones. */
public record TestimonialListing(String department, String aid, TestimonialsApi.TestimonialPage page) {

    /** The address of the next page with the same filters, or null on the last. */
    public String nextPage() {
        if (page.nextCursor() == null) {
            return null;
        }
        return new SearchTerms().with("suite", page.nextCursor()).with("departement", department).with("aide", aid)
                .link(TestimonialsResource.LIST);
    }
}
