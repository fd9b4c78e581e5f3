package fr.guichet.desk.catalogue;

import java.util.List;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestPath;

import fr.guichet.desk.api.ApiProblem;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The aid catalogue, public and readable by search engines: the list with its filters, and one page per aid. */
@Path("/aides")
@Produces(MediaType.TEXT_HTML)
public class CatalogueResource {

    private static final int PAGE_SIZE = 20;

    @Inject
    @RestClient
    CatalogueApi api;

    @Inject
    Territories territories;

    @ConfigProperty(name = "guichet.public-url")
    String publicUrl;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(CatalogueFilter filter, AidPage page, Territories territories,
                ApiProblem problem, String canonical);

        static native TemplateInstance aid(Aid aid, List<Aid> versions, Territories territories, String canonical,
                String structuredData);
    }

    /** Public. */
    @GET
    @PermitAll
    public Response list(@BeanParam CatalogueFilter filter) {
        try {
            AidPage page = api.listAids(filter.words(), filter.profession(), filter.category(), filter.funder(),
                    filter.region(), filter.department(), PAGE_SIZE, filter.cursor());
            return Response.ok(Templates.list(filter, page, territories, null, publicUrl + "/aides")).build();
        } catch (ApiProblem problem) {
            if (problem.status() != 400) {
                throw problem;
            }
            return Response.status(400)
                    .entity(Templates.list(filter, new AidPage(List.of(), null), territories, problem, publicUrl + "/aides"))
                    .build();
        }
    }

    /** Public. */
    @GET
    @Path("{code}")
    @PermitAll
    public TemplateInstance aid(@RestPath String code) {
        if (!code.matches("[A-Z][A-Z0-9_]{1,39}")) {
            throw new NotFoundException();
        }
        Aid aid = api.getAid(code);
        String canonical = publicUrl + "/aides/" + code;
        return Templates.aid(aid, api.listAidVersions(code), territories, canonical,
                StructuredData.of(aid, canonical, territories));
    }
}
