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

/** The organiser's welcome indicators: their own organisation's figures of a year, in their section of the site. */
@Path(OrganiserWelcomeIndicatorsResource.PAGE)
@RolesAllowed(Viewer.ORGANISER)
public class OrganiserWelcomeIndicatorsResource {

    static final String PAGE = "/organisation/indicateurs";

    @Inject
    WelcomeIndicatorsPages pages;

    /** Roles: organiser. No organisation is passed on: the API counts the organiser's own. */
    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response page(@BeanParam WelcomeScope scope) {
        return pages.page(PAGE, false, scope.ownOrganisation());
    }

    /** Roles: organiser. */
    @GET
    @Path(WelcomeIndicatorsPages.CSV_FILE)
    @Produces(WelcomeIndicatorsPages.CSV)
    public Response csv(@BeanParam WelcomeScope scope) {
        return pages.csv(scope.ownOrganisation());
    }
}
