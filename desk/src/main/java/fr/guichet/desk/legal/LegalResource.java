package fr.guichet.desk.legal;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The pages the law asks of a public service's site: the accessibility statement, the legal and privacy notice. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class LegalResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance accessibility();

        static native TemplateInstance privacy();
    }

    /** Public. */
    @GET
    @Path("accessibilite")
    @PermitAll
    public TemplateInstance accessibility() {
        return Templates.accessibility();
    }

    /** Public. */
    @GET
    @Path("donnees-personnelles")
    @PermitAll
    public TemplateInstance privacy() {
        return Templates.privacy();
    }
}
