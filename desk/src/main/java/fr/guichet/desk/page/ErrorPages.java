package fr.guichet.desk.page;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import fr.guichet.desk.api.ApiProblem;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.ForbiddenException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * What a person sees when a page cannot be shown: a French page with the status the API gave, never a stack
 * trace. The API's 404 ("not yours" included) is the desk's "page introuvable".
 */
public class ErrorPages {

    private static final Logger LOG = Logger.getLogger(ErrorPages.class);

    @CheckedTemplate(basePath = "errors")
    static class Templates {
        static native TemplateInstance page(int status, String title, String message, String detail);
    }

    @ServerExceptionMapper
    public Response apiProblem(ApiProblem problem) {
        if (problem.isUnavailable()) {
            LOG.warnf("The API failed: %s", problem.getMessage());
            return unavailable();
        }
        return switch (problem.status()) {
            case 404 -> notFound();
            case 403 -> forbidden();
            default -> page(problem.status(), "Demande refusée",
                    "Le service n'a pas pu donner suite à cette demande.", problem.detail());
        };
    }

    @ServerExceptionMapper
    public Response unreachable(ProcessingException failure) {
        LOG.warnf("The API cannot be reached: %s", failure.toString());
        return unavailable();
    }

    @ServerExceptionMapper(priority = 1)
    public Response forbidden(ForbiddenException denied) {
        return forbidden();
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException failure) {
        int status = failure.getResponse().getStatus();
        if (status == 404) {
            return notFound();
        }
        if (status >= 500) {
            LOG.error("A page failed", failure);
            return page(500, "Erreur inattendue", "Une erreur inattendue est survenue ; réessayez dans un instant.", null);
        }
        return page(status, "Demande refusée", "Cette demande n'a pas pu être traitée.", null);
    }

    @ServerExceptionMapper
    public Response unexpected(RuntimeException failure) {
        LOG.error("A page failed", failure);
        return page(500, "Erreur inattendue", "Une erreur inattendue est survenue ; réessayez dans un instant.", null);
    }

    private static Response notFound() {
        return page(404, "Page introuvable",
                "La page que vous cherchez n'existe pas, a été déplacée, ou ne vous est pas accessible.", null);
    }

    private static Response forbidden() {
        return page(403, "Accès refusé", "Votre compte ne permet pas d'ouvrir cette page.", null);
    }

    private static Response unavailable() {
        return page(503, "Service momentanément indisponible",
                "Le service ne répond pas pour le moment ; réessayez dans quelques minutes. Rien n'a été perdu.", null);
    }

    private static Response page(int status, String title, String message, String detail) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Templates.page(status, title, message, detail)).build();
    }
}
