package fr.guichet.desk.offers;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
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
 * The organiser's offers: their organisation's offers in every status, a new offer of each kind, and each offer's
 * page where it is published, marked filled or withdrawn. The API decides whose offers these are.
 */
@Path(OrganiserOffersResource.HOME)
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Viewer.ORGANISER)
public class OrganiserOffersResource {

    static final String HOME = "/organisation/offres";
    private static final List<OfferKind> KINDS = Arrays.asList(OfferKind.values());

    @Inject
    @RestClient
    OrganiserOffersApi api;

    @Inject
    Clock clock;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance offers(OfferPage page, String nextPage);

        static native TemplateInstance kinds(List<OfferKind> kinds);

        static native TemplateInstance create(OfferForm form, FormErrors errors, String refusal, Choices choices);

        static native TemplateInstance offer(Offer offer, String etag, String notice, String refusal);
    }

    /** The lists the new offer's form chooses from. */
    public record Choices(List<OfferAudience> audiences, List<JobPosition> positions, List<HousingType> housingTypes) {

        static final Choices ALL = new Choices(Arrays.asList(OfferAudience.values()), Arrays.asList(JobPosition.values()),
                Arrays.asList(HousingType.values()));
    }

    /** Roles: organiser. */
    @GET
    public TemplateInstance offers(@RestQuery("suite") String cursor) {
        OfferPage page = api.listManagedOffers(cursor);
        String nextPage = page.nextCursor() == null ? null : new SearchTerms().with("suite", page.nextCursor()).link(HOME);
        return Templates.offers(page, nextPage);
    }

    /** Roles: organiser. The form of a new offer of the kind chosen ({@code type}), else the choice of a kind. */
    @GET
    @Path("nouvelle")
    public TemplateInstance newOffer(@RestQuery("type") String type) {
        OfferKind kind = OfferKind.named(type);
        if (kind == null) {
            return Templates.kinds(KINDS);
        }
        return Templates.create(OfferForm.blank(kind, LocalDate.now(clock)), FormErrors.NONE, null, Choices.ALL);
    }

    /** Roles: organiser. Creates the draft, then leads to its page; a refusal shows the form again as filled in. */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@BeanParam OfferForm form) {
        if (form.offerKind() == null) {
            return Response.seeOther(URI.create(HOME + "/nouvelle")).build();
        }
        FormErrors.Builder unreadable = FormErrors.builder();
        OrganiserOffersApi.NewOffer offer = form.toOffer(unreadable);
        if (offer == null) {
            return HtmlPages.withStatus(400, Templates.create(form, unreadable.build(), null, Choices.ALL));
        }
        try {
            Offer created = api.createOffer(offer);
            return Response.seeOther(URI.create(HOME + "/" + created.id() + "?fait=" + Done.CREATED.name())).build();
        } catch (ApiProblem refused) {
            return switch (refused.status()) {
                case 400 -> HtmlPages.withStatus(400, Templates.create(form, FormErrors.of(refused, OfferWording.INSTANCE),
                        null, Choices.ALL));
                case 403 -> HtmlPages.withStatus(403, Templates.create(form, FormErrors.NONE, "Ce département n'est pas dans "
                        + "le territoire de votre organisation, ou votre compte n'est rattaché à aucune organisation.",
                        Choices.ALL));
                default -> throw refused;
            };
        }
    }

    /** Roles: organiser. {@code fait} names what was just done, to say so. */
    @GET
    @Path("{id}")
    public TemplateInstance offer(@RestPath UUID id, @RestQuery("fait") Done done) {
        return page(id, done == null ? null : done.notice, null);
    }

    /** Roles: organiser. Opens a draft to the public from its first day, with the version the page was read at. */
    @POST
    @Path("{id}/publication")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response publish(@RestPath UUID id, @RestForm String etag) {
        return act(id, Done.PUBLISHED, () -> api.publishOffer(id, etag));
    }

    /** Roles: organiser. Marks a published offer filled: it leaves the public search. */
    @POST
    @Path("{id}/pourvue")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response fill(@RestPath UUID id, @RestForm String etag) {
        return act(id, Done.FILLED, () -> api.fillOffer(id, etag));
    }

    /** Roles: organiser. Withdraws a draft or a published offer: it leaves the public search. */
    @POST
    @Path("{id}/retrait")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response withdraw(@RestPath UUID id, @RestForm String etag) {
        return act(id, Done.WITHDRAWN, () -> api.withdrawOffer(id, etag));
    }

    /** What a form on the offer's page did, said on the page it leads back to. */
    public enum Done {
        CREATED("Le brouillon est créé : publiez-le quand il est prêt, il sera alors public de son premier à son dernier jour."),
        PUBLISHED("L'offre est publiée : le public la trouve de son premier à son dernier jour."),
        FILLED("L'offre est pourvue : elle ne paraît plus dans les recherches du public."),
        WITHDRAWN("L'offre est retirée : elle ne paraît plus dans les recherches du public.");

        final String notice;

        Done(String notice) {
            this.notice = notice;
        }
    }

    private Response act(UUID id, Done done, Runnable call) {
        try {
            call.run();
            return Response.seeOther(URI.create(HOME + "/" + id + "?fait=" + done.name())).build();
        } catch (ApiProblem refused) {
            return HtmlPages.refused(refused, () -> page(id, null, refusal(refused)));
        }
    }

    private static String refusal(ApiProblem refused) {
        return switch (refused.status()) {
            case 403 -> "Cette offre est celle d'une autre organisation : vous ne pouvez pas la modifier.";
            case 412, 428 -> "L'offre a changé entre-temps : la page la montre maintenant telle qu'elle est.";
            case 422 -> "Le dernier jour de cette offre est passé : elle ne peut plus être publiée.";
            default -> "L'offre n'en est plus là : elle est peut-être déjà publiée, pourvue ou retirée.";
        };
    }

    private TemplateInstance page(UUID id, String notice, String refusal) {
        RestResponse<Offer> read = api.getOffer(id);
        return Templates.offer(read.getEntity(), read.getHeaderString(HttpHeaders.ETAG), notice, refusal);
    }
}
