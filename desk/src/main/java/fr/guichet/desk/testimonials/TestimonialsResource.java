package fr.guichet.desk.testimonials;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import fr.guichet.desk.api.ApiProblem;
import fr.guichet.desk.page.HtmlPages;
import fr.guichet.desk.page.SearchTerms;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The public testimonials: professionals who settled in a territory tell how, and which aids helped, each aid a link
 * to its page in the catalogue. Also the page the person's withdrawal link opens.
 */
@Path(TestimonialsResource.LIST)
@Produces(MediaType.TEXT_HTML)
public class TestimonialsResource {

    static final String LIST = "/temoignages";
    private static final String BAD_FILTER = "Ce filtre n'est pas valable : indiquez un département (par exemple 48) "
            + "ou le code d'une aide en majuscules (par exemple CESP).";

    @Inject
    @RestClient
    TestimonialsApi api;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(TestimonialListing listing, String refusal);

        static native TemplateInstance show(Testimonial testimonial);

        static native TemplateInstance withdrawal(String token, boolean done, String refusal);
    }

    /** Public. The published testimonials, newest first, by department and aid that helped. */
    @GET
    @PermitAll
    public Response list(@RestQuery("departement") String department, @RestQuery("aide") String aid,
            @RestQuery("suite") String cursor) {
        Map<String, String> filters = new SearchTerms().with("department", department).with("aid", aid)
                .with("cursor", cursor).asMap();
        try {
            return HtmlPages.withStatus(200, Templates.list(new TestimonialListing(department, aid,
                    api.listTestimonials(filters)), null));
        } catch (ApiProblem refused) {
            if (refused.status() != 400) {
                throw refused;
            }
            TestimonialListing none = new TestimonialListing(department, aid, new TestimonialsApi.TestimonialPage(List.of(), null));
            return HtmlPages.withStatus(400, Templates.list(none, BAD_FILTER));
        }
    }

    /**
     * Public. One published testimonial. A draft or a withdrawn one, which only its organisers may read through the
     * API, is not found here either: the public page never shows it.
     */
    @GET
    @Path("{id}")
    @PermitAll
    public TemplateInstance show(@RestPath UUID id) {
        Testimonial testimonial = api.getTestimonial(id).getEntity();
        if (!testimonial.published()) {
            throw new NotFoundException();
        }
        return Templates.show(testimonial);
    }

    /** Public. The person's withdrawal link: asks before withdrawing, so that a mail scanner following it withdraws nothing. */
    @GET
    @Path("retrait")
    @PermitAll
    public TemplateInstance askWithdrawal(@RestQuery("jeton") String token) {
        return Templates.withdrawal(token, false, null);
    }

    /** Public. Withdraws the testimonial the token opens; again changes nothing. */
    @POST
    @Path("retrait")
    @PermitAll
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response withdraw(@RestForm("jeton") String token) {
        try {
            api.withdrawOwn(new TestimonialsApi.Token(token));
            return HtmlPages.withStatus(200, Templates.withdrawal(token, true, null));
        } catch (ApiProblem refused) {
            if (refused.status() != 400 && refused.status() != 404) {
                throw refused;
            }
            return HtmlPages.withStatus(404, Templates.withdrawal(token, false, "Ce lien n'ouvre aucun témoignage : "
                    + "vérifiez qu'il est complet, tel que le courriel le donne."));
        }
    }
}
