package fr.guichet.desk.simulator;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import fr.guichet.desk.api.ApiProblem;
import fr.guichet.desk.catalogue.Aid;
import fr.guichet.desk.catalogue.CatalogueApi;
import fr.guichet.desk.page.FormErrors;
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
 * The public eligibility simulator. The form and its result are plain GET pages, so a result has an address that
 * can be bookmarked, shared and printed; the commune is first found by its name, then chosen among the answers
 * (htmx only makes that search live).
 */
@Path("/simulateur")
@Produces(MediaType.TEXT_HTML)
public class SimulatorResource {

    private static final int COMMUNES_SHOWN = 10;
    private static final int EVERY_AID = 100;

    @Inject
    @RestClient
    SimulatorApi api;

    @Inject
    @RestClient
    CatalogueApi catalogue;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance form(SimulationForm form, List<SimulatorApi.Commune> communes, FormErrors errors,
                List<Aid> aids);

        static native TemplateInstance form$communes(SimulationForm form, List<SimulatorApi.Commune> communes,
                FormErrors errors);

        static native TemplateInstance results(SimulationForm form, Simulation simulation);
    }

    /** Public. */
    @GET
    @PermitAll
    public TemplateInstance form(@BeanParam SimulationForm form) {
        InputErrors errors = new InputErrors();
        if (!form.communeName().isEmpty() && !form.hasCommuneSearch()) {
            errors.refuse(Input.COMMUNE_NAME);
        }
        return Templates.form(form, communesNamed(form), errors.toFormErrors(), everyAid());
    }

    /** Public. The communes whose name starts as typed, for htmx's live search. */
    @GET
    @Path("communes")
    @PermitAll
    public TemplateInstance communes(@BeanParam SimulationForm form) {
        return Templates.form$communes(form, communesNamed(form), FormErrors.NONE);
    }

    /** Public. */
    @GET
    @Path("resultats")
    @PermitAll
    public Response results(@BeanParam SimulationForm form) {
        InputErrors errors = new InputErrors();
        Project project = form.toProject(errors);
        if (project == null) {
            return refused(form, errors.toFormErrors());
        }
        try {
            return Response.ok(Templates.results(form, api.simulateEligibility(project))).build();
        } catch (ApiProblem problem) {
            if (problem.status() != 400 && !problem.isNotFound()) {
                throw problem;
            }
            return refused(form, InputErrors.of(problem));
        }
    }

    private Response refused(SimulationForm form, FormErrors errors) {
        return Response.status(Response.Status.BAD_REQUEST)
                .entity(Templates.form(form, communesNamed(form), errors, everyAid())).build();
    }

    private List<SimulatorApi.Commune> communesNamed(SimulationForm form) {
        return form.hasCommuneSearch() ? api.searchCommunes(form.communeName(), COMMUNES_SHOWN) : List.of();
    }

    private List<Aid> everyAid() {
        return catalogue.listAids(null, null, null, null, null, null, EVERY_AID, null).items().stream()
                .sorted(Comparator.comparing(Aid::label, Collator.getInstance(Locale.FRANCE))).toList();
    }
}
