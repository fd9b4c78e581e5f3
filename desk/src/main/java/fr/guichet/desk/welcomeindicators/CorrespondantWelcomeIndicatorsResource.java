package fr.guichet.desk.welcomeindicators;

import fr.guichet.desk.page.Viewer;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The correspondant's welcome indicators, beside their cases' ones: every organisation acting in their departments, or
 * the one they name.
 */
@Path(CorrespondantWelcomeIndicatorsResource.PAGE)
@RolesAllowed(Viewer.CORRESPONDANT)
public class CorrespondantWelcomeIndicatorsResource {

    static final String PAGE = "/indicateurs/accueil";

    @Inject
    WelcomeIndicatorsPages pages;

    /** Roles: correspondant. */
    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response page(@BeanParam WelcomeScope scope) {
        return pages.page(PAGE, true, scope);
    }

    /** Roles: correspondant. */
    @GET
    @Path(WelcomeIndicatorsPages.CSV_FILE)
    @Produces(WelcomeIndicatorsPages.CSV)
    public Response csv(@BeanParam WelcomeScope scope) {
        return pages.csv(scope);
    }
}
