package fr.guichet.desk.testimonials;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

import fr.guichet.desk.api.ApiProblem;
import fr.guichet.desk.page.FormErrors;
import fr.guichet.desk.page.HtmlPages;
import fr.guichet.desk.page.SearchTerms;
import fr.guichet.desk.page.Viewer;
import fr.guichet.desk.vocabulary.PracticeMode;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The organiser's testimonials: their organisation's, whatever their status; a new one written with the person, with
 * their signed consent (and whether their photo may be shown); moderation (publication) and withdrawal. The API
 * decides whose testimonials these are.
 */
@Path(OrganiserTestimonialsResource.HOME)
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Viewer.ORGANISER)
public class OrganiserTestimonialsResource {

    static final String HOME = "/organisation/temoignages";
    private static final List<PracticeMode> MODES = Arrays.asList(PracticeMode.values());

    @Inject
    @RestClient
    TestimonialsApi api;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance testimonials(TestimonialsApi.TestimonialPage page, String nextPage);

        static native TemplateInstance create(TestimonialForm form, FormErrors errors, String refusal,
                List<PracticeMode> modes);

        static native TemplateInstance testimonial(Testimonial testimonial, String etag, String notice, String refusal,
                ConsentForm consent, FormErrors errors, TestimonialsApi.ConsentReceipt receipt);
    }

    /** Roles: organiser. */
    @GET
    public TemplateInstance testimonials(@RestQuery("suite") String cursor) {
        TestimonialsApi.TestimonialPage page = api.listManaged(cursor);
        String nextPage = page.nextCursor() == null ? null : new SearchTerms().with("suite", page.nextCursor()).link(HOME);
        return Templates.testimonials(page, nextPage);
    }

    /** Roles: organiser. The form of a new testimonial, which starts as a draft. */
    @GET
    @Path("nouveau")
    public TemplateInstance newTestimonial() {
        return Templates.create(new TestimonialForm(), FormErrors.NONE, null, MODES);
    }

    /**
     * Roles: organiser. Creates the draft and, when the person's consent is signed, records it: the page then shows
     * their withdrawal link, which the API gives this once. A refusal shows the form again as filled in.
     */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@BeanParam TestimonialForm form) {
        FormErrors.Builder unreadable = FormErrors.builder();
        TestimonialsApi.NewTestimonial testimonial = form.toTestimonial(unreadable);
        if (testimonial == null) {
            return HtmlPages.withStatus(400, Templates.create(form, unreadable.build(), null, MODES));
        }
        RestResponse<Testimonial> created;
        try {
            created = api.create(testimonial);
        } catch (ApiProblem refused) {
            return switch (refused.status()) {
                case 400 -> HtmlPages.withStatus(400, Templates.create(form, FormErrors.of(refused, TestimonialWording.INSTANCE),
                        null, MODES));
                case 422 -> HtmlPages.withStatus(422, Templates.create(form,
                        FormErrors.builder().field("aidCodes", TestimonialWording.UNKNOWN_AID).build(), null, MODES));
                case 403 -> HtmlPages.withStatus(403, Templates.create(form, FormErrors.NONE, "Ce département n'est pas "
                        + "dans le territoire de votre organisation, ou votre compte n'est rattaché à aucune organisation.", MODES));
                default -> throw refused;
            };
        }
        UUID id = created.getEntity().id();
        if (!form.consentGiven()) {
            return done(id, Done.CREATED);
        }
        return recordConsent(id, created.getHeaderString(HttpHeaders.ETAG), form.consentForm());
    }

    /** Roles: organiser. {@code fait} names what was just done, to say so. */
    @GET
    @Path("{id}")
    public TemplateInstance testimonial(@RestPath UUID id, @RestQuery("fait") Done done) {
        return page(id, done == null ? null : done.notice, null, new ConsentForm(), FormErrors.NONE);
    }

    /** Roles: organiser. Records the person's signed consent to the draft as it reads, with the version read. */
    @POST
    @Path("{id}/accord")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response consent(@RestPath UUID id, @RestForm String etag, @BeanParam ConsentForm consent) {
        return recordConsent(id, etag, consent);
    }

    /** Roles: organiser. Moderation: a draft whose consent is recorded opens to the public. */
    @POST
    @Path("{id}/publication")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response publish(@RestPath UUID id, @RestForm String etag) {
        return act(id, Done.PUBLISHED, () -> api.publish(id, etag));
    }

    /** Roles: organiser. Withdraws it from every public page and erases its story. */
    @POST
    @Path("{id}/retrait")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response withdraw(@RestPath UUID id, @RestForm String etag) {
        return act(id, Done.WITHDRAWN, () -> api.withdraw(id, etag));
    }

    /** What a form on the testimonial's page did, said on the page it leads back to. */
    public enum Done {
        CREATED("Le brouillon est créé : enregistrez l'accord signé de la personne, puis publiez-le."),
        PUBLISHED("Le témoignage est publié : il est visible de tous."),
        WITHDRAWN("Le témoignage est retiré : il n'apparaît plus nulle part en public et son texte est effacé.");

        final String notice;

        Done(String notice) {
            this.notice = notice;
        }
    }

    private Response recordConsent(UUID id, String etag, ConsentForm consent) {
        FormErrors.Builder missing = FormErrors.builder();
        TestimonialsApi.Consent signed = consent.toConsent(missing);
        if (signed == null) {
            return HtmlPages.withStatus(400, page(id, null, null, consent, missing.build()));
        }
        try {
            RestResponse<TestimonialsApi.ConsentReceipt> recorded = api.recordConsent(id, etag, signed);
            TestimonialsApi.ConsentReceipt receipt = recorded.getEntity();
            return HtmlPages.withStatus(200, Templates.testimonial(receipt.testimonial(),
                    recorded.getHeaderString(HttpHeaders.ETAG), null, null, consent, FormErrors.NONE, receipt));
        } catch (ApiProblem refused) {
            if (refused.status() == 400) {
                return HtmlPages.withStatus(400, page(id, null, null, consent, FormErrors.of(refused, TestimonialWording.INSTANCE)));
            }
            return refusedOn(id, refused);
        }
    }

    private Response act(UUID id, Done done, Runnable call) {
        try {
            call.run();
            return done(id, done);
        } catch (ApiProblem refused) {
            return refusedOn(id, refused);
        }
    }

    private Response refusedOn(UUID id, ApiProblem refused) {
        return HtmlPages.refused(refused, () -> page(id, null, refusal(refused), new ConsentForm(), FormErrors.NONE));
    }

    private static Response done(UUID id, Done done) {
        return Response.seeOther(URI.create(HOME + "/" + id + "?fait=" + done.name())).build();
    }

    private static String refusal(ApiProblem refused) {
        return switch (refused.status()) {
            case 403 -> "Ce témoignage est celui d'une autre organisation : vous ne pouvez pas le modifier.";
            case 412, 428 -> "Le témoignage a changé entre-temps : la page le montre maintenant tel qu'il est.";
            case 422 -> "L'accord de la personne n'est pas enregistré : enregistrez-le avant de publier.";
            default -> "Le témoignage n'en est plus là : il est peut-être déjà publié ou retiré.";
        };
    }

    private TemplateInstance page(UUID id, String notice, String refusal, ConsentForm consent, FormErrors errors) {
        RestResponse<Testimonial> read = api.getTestimonial(id);
        return Templates.testimonial(read.getEntity(), read.getHeaderString(HttpHeaders.ETAG), notice, refusal, consent,
                errors, null);
    }
}
