package fr.guichet.desk.offers;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestPath;

import fr.guichet.desk.api.ApiProblem;
import fr.guichet.desk.page.FormErrors;
import fr.guichet.desk.page.HtmlPages;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The public offers: jobs, internship places and housing that the territories offer to students, interns and young
 * doctors, searched by place, kind, audience and words, each with its own page.
 */
@Path(OffersResource.LIST)
@Produces(MediaType.TEXT_HTML)
public class OffersResource {

    static final String LIST = "/offres";
    private static final List<OfferKind> KINDS = Arrays.asList(OfferKind.values());
    private static final List<OfferAudience> AUDIENCES = Arrays.asList(OfferAudience.values());

    @Inject
    @RestClient
    PublicOffersApi api;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(OfferListing listing, FormErrors errors, List<OfferKind> kinds,
                List<OfferAudience> audiences);

        static native TemplateInstance show(Offer offer);
    }

    /**
     * Public. The offers open today for the search typed (none: every offer, newest first); a search the API refuses
     * comes back with the reasons beside its fields.
     */
    @GET
    @PermitAll
    public Response list(@BeanParam OfferSearchForm search) {
        try {
            OfferListing listing = OfferListing.of(search, api.searchOffers(search.filters()));
            return HtmlPages.withStatus(200, Templates.list(listing, FormErrors.NONE, KINDS, AUDIENCES));
        } catch (ApiProblem refused) {
            FormErrors errors = switch (refused.status()) {
                case 400 -> FormErrors.of(refused, OfferSearchWording.INSTANCE);
                case 422 -> FormErrors.builder().field("commune", OfferSearchWording.UNKNOWN_CENTRE).build();
                default -> throw refused;
            };
            return HtmlPages.withStatus(refused.status(), Templates.list(OfferListing.none(search), errors, KINDS, AUDIENCES));
        }
    }

    /** Public. One offer open today, with the details of its kind and whom to contact; any other is "introuvable". */
    @GET
    @Path("{id}")
    @PermitAll
    public TemplateInstance show(@RestPath UUID id) {
        return Templates.show(api.getOffer(id));
    }
}
