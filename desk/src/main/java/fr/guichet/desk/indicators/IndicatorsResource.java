package fr.guichet.desk.indicators;

import java.io.InputStream;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import fr.guichet.desk.api.ApiProblem;
import fr.guichet.desk.page.FormErrors;
import fr.guichet.desk.page.Viewer;
import fr.guichet.desk.page.HtmlPages;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The guichet's activity over a period and a department: figures, charts drawn on the server, and a CSV export. */
@Path(IndicatorsResource.PAGE)
public class IndicatorsResource {

    static final String PAGE = "/indicateurs";
    static final String CSV = "text/csv";

    @Inject
    @RestClient
    IndicatorsApi api;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(Period period, IndicatorsView view, FormErrors errors);
    }

    /** Roles: correspondant. An invalid period or a department not covered shows the form with its error. */
    @GET
    @RolesAllowed(Viewer.CORRESPONDANT)
    @Produces(MediaType.TEXT_HTML)
    public Response page(@BeanParam Period period) {
        try {
            IndicatorsView view = new IndicatorsView(
                    api.getActivityIndicators(period.from(), period.to(), period.department()),
                    api.getIndicators(period.from(), period.to(), period.department()),
                    api.getAidIndicators(period.from(), period.to(), period.department()));
            return HtmlPages.withStatus(200, Templates.page(period, view, FormErrors.NONE));
        } catch (ApiProblem refused) {
            if (refused.status() != 400 && refused.status() != 403) {
                throw refused;
            }
            return HtmlPages.withStatus(refused.status(), Templates.page(period, null, PeriodWording.errors(refused)));
        }
    }

    /** Roles: correspondant. The API's CSV of the activity, passed through as a file to save. */
    @GET
    @Path("activite.csv")
    @RolesAllowed(Viewer.CORRESPONDANT)
    @Produces(CSV)
    public Response csv(@BeanParam Period period) {
        InputStream csv = api.getActivityCsv(period.from(), period.to(), period.department());
        return Response.ok(csv, CSV + ";charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + period.csvFileName() + "\"")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .build();
    }
}
