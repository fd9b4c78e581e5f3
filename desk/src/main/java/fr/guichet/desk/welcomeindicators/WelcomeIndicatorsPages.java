package fr.guichet.desk.welcomeindicators;

import java.io.InputStream;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import fr.guichet.desk.api.ApiProblem;
import fr.guichet.desk.page.FormErrors;
import fr.guichet.desk.page.HtmlPages;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/**
 * The welcome indicators' page and CSV, which the organiser's and the correspondant's addresses both answer with: the
 * API decides whose figures the caller reads.
 */
@ApplicationScoped
class WelcomeIndicatorsPages {

    static final String CSV_FILE = "accueil.csv";
    static final String CSV = "text/csv";

    @Inject
    @RestClient
    WelcomeIndicatorsApi api;

    @CheckedTemplate(basePath = "WelcomeIndicators")
    static class Templates {
        static native TemplateInstance page(String page, boolean byOrganisation, WelcomeScope scope,
                WelcomeIndicatorsView view, FormErrors errors);
    }

    /**
     * The figures of the scope at {@code page}; {@code byOrganisation} (the correspondant's) names each line's
     * organisation and offers its filter. A refused year, department or organisation shows the form with its error.
     */
    Response page(String page, boolean byOrganisation, WelcomeScope scope) {
        try {
            WelcomeIndicatorsView view = new WelcomeIndicatorsView(
                    api.getWelcomeIndicators(scope.year(), scope.department(), scope.organisation()));
            return HtmlPages.withStatus(200, Templates.page(page, byOrganisation, scope, view, FormErrors.NONE));
        } catch (ApiProblem refused) {
            if (refused.status() != 400 && refused.status() != 403) {
                throw refused;
            }
            return HtmlPages.withStatus(refused.status(), Templates.page(page, byOrganisation, scope, null,
                    WelcomeIndicatorsWording.errors(refused, scope, !byOrganisation)));
        }
    }

    /** The API's CSV of the scope, passed through as a file to save. */
    Response csv(WelcomeScope scope) {
        InputStream csv = api.getWelcomeIndicatorsCsv(scope.year(), scope.department(), scope.organisation());
        return Response.ok(csv, CSV + ";charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + scope.csvFileName() + "\"")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .build();
    }
}
