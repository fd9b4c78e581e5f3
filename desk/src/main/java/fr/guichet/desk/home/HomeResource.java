package fr.guichet.desk.home;

import java.net.URI;

import fr.guichet.desk.page.Viewer;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The front door: what the guichet offers, and the way in for each kind of user. */
@Path("/")
public class HomeResource {

    @Inject
    Viewer viewer;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home();
    }

    /** Public. */
    @GET
    @PermitAll
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance home() {
        return Templates.home();
    }

    /** Any logged-in user: the login link leads here, then to the user's own start page. */
    @GET
    @Path("connexion")
    @Authenticated
    public Response logIn() {
        return Response.seeOther(URI.create(viewer.homePath())).build();
    }
}
