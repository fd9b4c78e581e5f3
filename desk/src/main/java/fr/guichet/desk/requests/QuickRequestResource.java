package fr.guichet.desk.requests;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

import fr.guichet.desk.api.ApiProblem;
import fr.guichet.desk.page.FormErrors;
import fr.guichet.desk.page.Viewer;
import fr.guichet.desk.page.HtmlPages;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
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
 * The quick-request log: a phone call logged and closed in one form, the log searched in French, a request's page
 * where it is settled or turned into a case without retyping.
 */
@Path(QuickRequestResource.LIST)
@Produces(MediaType.TEXT_HTML)
public class QuickRequestResource {

    static final String LIST = "/sollicitations";

    @Inject
    @RestClient
    QuickRequestsApi api;

    @Inject
    SecurityIdentity identity;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(RequestFilter filter, RequestPage page, FormErrors errors, Choices choices);

        static native TemplateInstance create(NewRequestForm form, FormErrors errors, Choices choices);

        static native TemplateInstance show(QuickRequest request, String notice, ChangeForm change, FormErrors changeErrors,
                CaseForm opening, FormErrors openingErrors, Choices choices);
    }

    /** Roles: correspondant. The log, newest first, filtered and searched by the API, a page at a time. */
    @GET
    @RolesAllowed(Viewer.CORRESPONDANT)
    public Response list(@BeanParam RequestFilter filter) {
        try {
            RequestPage page = api.listQuickRequests(filter.apiFilters(identity.getPrincipal().getName()));
            return HtmlPages.withStatus(200, Templates.list(filter, page, FormErrors.NONE, Choices.with(List.of())));
        } catch (ApiProblem refused) {
            if (refused.status() != 400) {
                throw refused;
            }
            return HtmlPages.withStatus(400, Templates.list(filter, RequestPage.EMPTY, FormErrors.of(refused, RequestWording.INSTANCE),
                    Choices.with(List.of())));
        }
    }

    /** Roles: correspondant. The blank form, set for a phone call answered there and then. */
    @GET
    @RolesAllowed(Viewer.CORRESPONDANT)
    @Path("nouvelle")
    public TemplateInstance create() {
        return Templates.create(NewRequestForm.blank(), FormErrors.NONE, choices());
    }

    /**
     * Roles: correspondant. Logs the request with its outcome; a refusal shows the form again as typed, each field
     * with its French message.
     */
    @POST
    @RolesAllowed(Viewer.CORRESPONDANT)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response log(@BeanParam NewRequestForm form) {
        FormErrors.Builder typed = FormErrors.builder();
        ApiBodies.NewQuickRequest request = form.toRequest(typed);
        if (!typed.isEmpty()) {
            return HtmlPages.withStatus(400, Templates.create(form, typed.build(), choices()));
        }
        try {
            QuickRequest logged = api.logQuickRequest(request);
            return Response.seeOther(URI.create(logged.path() + "?enregistree=oui")).build();
        } catch (ApiProblem refused) {
            return HtmlPages.withStatus(refused.status() == 403 ? 403 : 400, Templates.create(form, refusal(refused, "department"), choices()));
        }
    }

    /** Roles: correspondant. A request, its outcome to change, and the case it may become. */
    @GET
    @RolesAllowed(Viewer.CORRESPONDANT)
    @Path("{id}")
    public TemplateInstance show(@RestPath UUID id, @RestQuery String enregistree, @RestQuery String modifiee) {
        RestResponse<QuickRequest> read = api.getQuickRequest(id);
        String notice = enregistree != null ? "La sollicitation est enregistrée."
                : modifiee != null ? "La sollicitation est mise à jour." : null;
        QuickRequest request = read.getEntity();
        String etag = etag(read);
        return Templates.show(request, notice, ChangeForm.of(request, etag), FormErrors.NONE, CaseForm.blank(etag),
                FormErrors.NONE, choices());
    }

    /** Roles: correspondant. Changes the outcome with the version the page was read at. */
    @POST
    @RolesAllowed(Viewer.CORRESPONDANT)
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response change(@RestPath UUID id, @BeanParam ChangeForm form) {
        FormErrors.Builder typed = FormErrors.builder();
        ApiBodies.RequestChanges changes = form.toChanges(typed);
        if (!typed.isEmpty()) {
            return changeRefused(id, form, 400, typed.build());
        }
        try {
            api.updateQuickRequest(id, form.etag, changes);
            return Response.seeOther(URI.create(LIST + "/" + id + "?modifiee=oui")).build();
        } catch (ApiProblem refused) {
            if (refused.isNotFound() || refused.isUnavailable()) {
                throw refused;
            }
            return changeRefused(id, form, refused.status(), refusal(refused, null));
        }
    }

    /** Roles: correspondant. Opens the case from the request, then leads to it. */
    @POST
    @RolesAllowed(Viewer.CORRESPONDANT)
    @Path("{id}/dossier")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response openCase(@RestPath UUID id, @BeanParam CaseForm form) {
        FormErrors.Builder typed = FormErrors.builder();
        ApiBodies.CaseFromRequest facts = form.toFacts(typed);
        if (!typed.isEmpty()) {
            return openingRefused(id, form, 400, typed.build());
        }
        try {
            OpenedCase opened = api.openCaseFromRequest(id, form.etag, facts);
            return Response.seeOther(URI.create("/dossiers/" + opened.id())).build();
        } catch (ApiProblem refused) {
            if (refused.isNotFound() || refused.isUnavailable()) {
                throw refused;
            }
            return openingRefused(id, form, refused.status(), refusal(refused, "targetCommune"));
        }
    }

    /**
     * The API's refusal in French: a 403 is a department (or commune) the correspondant does not cover, a 409 a
     * request that became a case meanwhile, a 412 a request changed meanwhile; the rest, field by field.
     */
    private static FormErrors refusal(ApiProblem refused, String placeField) {
        return switch (refused.status()) {
            case 403 -> placeField == null
                    ? FormErrors.builder().general("Votre compte ne permet pas cette modification.").build()
                    : FormErrors.builder().field(placeField, RequestWording.NOT_YOUR_DEPARTMENT).build();
            case 409 -> FormErrors.builder()
                    .general("Cette sollicitation est déjà devenue un dossier, ou a été anonymisée : elle ne change plus.")
                    .build();
            case 412, 428 -> FormErrors.builder()
                    .general("Cette sollicitation a été modifiée depuis que vous l'avez ouverte. Elle est affichée telle "
                            + "qu'elle est maintenant ; vos saisies sont conservées : vérifiez-les puis envoyez de nouveau.")
                    .build();
            default -> FormErrors.of(refused, RequestWording.INSTANCE);
        };
    }

    /** The page again with the request as it is now, its current version, and the outcome as typed. */
    private Response changeRefused(UUID id, ChangeForm form, int status, FormErrors errors) {
        RestResponse<QuickRequest> read = api.getQuickRequest(id);
        form.etag = etag(read);
        return HtmlPages.withStatus(status, Templates.show(read.getEntity(), null, form, errors, CaseForm.blank(form.etag), FormErrors.NONE,
                choices()));
    }

    private Response openingRefused(UUID id, CaseForm form, int status, FormErrors errors) {
        RestResponse<QuickRequest> read = api.getQuickRequest(id);
        form.etag = etag(read);
        QuickRequest request = read.getEntity();
        return HtmlPages.withStatus(status, Templates.show(request, null, ChangeForm.of(request, form.etag), FormErrors.NONE, form, errors,
                choices()));
    }

    private Choices choices() {
        return Choices.with(api.listPartnerOrganisations());
    }

    private static String etag(RestResponse<?> read) {
        return read.getHeaderString(HttpHeaders.ETAG);
    }
}
