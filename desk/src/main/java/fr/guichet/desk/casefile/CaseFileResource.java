package fr.guichet.desk.casefile;

import static fr.guichet.desk.page.FormText.given;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import fr.guichet.desk.api.ApiProblem;
import fr.guichet.desk.exchange.Exchange;
import fr.guichet.desk.page.HtmlPages;
import fr.guichet.desk.page.Viewer;
import fr.guichet.desk.vocabulary.CaseStatus;
import fr.guichet.desk.vocabulary.Profession;
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

/** The correspondant's case list and case page, over the API's cases with the correspondant's own token. */
@Path(CaseFileResource.LIST)
@Produces(MediaType.TEXT_HTML)
public class CaseFileResource {

    static final String LIST = "/dossiers";
    private static final String HTMX_TARGET = "resultats";

    @Inject
    @RestClient
    CaseFilesApi api;

    @Inject
    SecurityIdentity identity;

    @Inject
    Clock clock;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(CaseListForm form, CaseListPage page, ApiProblem problem, Choices choices);

        static native TemplateInstance list$results(CaseListForm form, CaseListPage page, ApiProblem problem,
                Choices choices);

        static native TemplateInstance show(CaseFolder folder, MoveForm move, Exchange exchange);
    }

    /** What the list's selects offer, in the order the API defines. */
    public record Choices(List<CaseStatus> statuses, List<Profession> professions, List<Channel> channels) {
        static final Choices ALL = new Choices(Arrays.asList(CaseStatus.values()), Arrays.asList(Profession.values()),
                Arrays.asList(Channel.values()));
    }

    /**
     * Roles: correspondant. The list, searched and filtered by the API; an htmx request for the results only gets
     * the table, a browser without JavaScript the whole page.
     */
    @GET
    @RolesAllowed(Viewer.CORRESPONDANT)
    public Response list(@BeanParam CaseListForm form, @RestHeader("HX-Target") String htmxTarget,
            @RestHeader("HX-History-Restore-Request") String historyRestore) {
        boolean resultsOnly = HTMX_TARGET.equals(htmxTarget) && !"true".equals(historyRestore);
        CaseListPage page = CaseListPage.EMPTY;
        ApiProblem problem = null;
        try {
            page = api.listCases(form.apiFilters(identity.getPrincipal().getName()));
        } catch (ApiProblem refused) {
            if (refused.status() != 400) {
                throw refused;
            }
            problem = refused;
        }
        TemplateInstance html = resultsOnly ? Templates.list$results(form, page, problem, Choices.ALL)
                : Templates.list(form, page, problem, Choices.ALL);
        return Response.status(problem == null ? 200 : 400).entity(html).header(HttpHeaders.VARY, "HX-Target").build();
    }

    /** Roles: correspondant. The case page; {@code etape} names the step just entered, to say so. */
    @GET
    @Path("{id}")
    @RolesAllowed(Viewer.CORRESPONDANT)
    public TemplateInstance show(@RestPath UUID id, @RestQuery("etape") CaseStatus entered) {
        CaseFolder folder = load(id);
        boolean justMoved = entered != null && entered == folder.view().status();
        return Templates.show(folder, justMoved ? MoveForm.moved(entered) : MoveForm.BLANK, folder.exchange());
    }

    /**
     * Roles: correspondant. Moves the case to the chosen step with the version the page was read at; a refusal
     * of the API shows its reasons on the page, a version gone stale the case as it is now.
     */
    @POST
    @Path("{id}/etape")
    @RolesAllowed(Viewer.CORRESPONDANT)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response move(@RestPath UUID id, @RestForm CaseStatus to, @RestForm String reason, @RestForm String etag) {
        String why = given(reason);
        if (to == null) {
            return page(400, load(id), MoveForm.noStepChosen(reason));
        }
        try {
            api.moveCase(id, etag, new Move(to, why));
            return Response.seeOther(URI.create(LIST + "/" + id + "?etape=" + to + "#etape")).build();
        } catch (ApiProblem refused) {
            if (refused.status() == 412 || refused.status() == 428) {
                return page(409, load(id), MoveForm.stale(to, reason));
            }
            if (refused.isNotFound() || refused.isUnavailable()) {
                throw refused;
            }
            CaseFolder folder = load(id);
            return page(refused.status(), folder, MoveForm.refused(to, reason, refused, folder));
        }
    }

    private Response page(int status, CaseFolder folder, MoveForm move) {
        return HtmlPages.withStatus(status, Templates.show(folder, move, folder.exchange()));
    }

    private CaseFolder load(UUID id) {
        return CaseFolder.load(api, id, LocalDate.now(clock));
    }
}
