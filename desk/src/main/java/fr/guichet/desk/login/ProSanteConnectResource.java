package fr.guichet.desk.login;

import java.net.URI;

import fr.guichet.desk.page.Viewer;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

/** "Se connecter avec Pro Santé Connect": the doctors' way in, without Keycloak's login page on the way. */
@Path(ProSanteConnectResource.PATH)
public class ProSanteConnectResource {

    static final String PATH = "/connexion/psc";

    @Inject
    Viewer viewer;

    /** Any logged-in user: a login through Pro Santé Connect (see {@link ProSanteConnect}) comes back here, then home. */
    @GET
    @Authenticated
    public Response logIn() {
        return Response.seeOther(URI.create(viewer.homePath())).build();
    }
}
