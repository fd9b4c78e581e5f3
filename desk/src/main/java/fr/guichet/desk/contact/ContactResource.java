package fr.guichet.desk.contact;

import java.net.URI;
import java.util.List;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import fr.guichet.desk.api.ApiProblem;
import fr.guichet.desk.page.FormErrors;
import fr.guichet.desk.requests.RequestSubject;
import fr.guichet.desk.page.HtmlPages;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The public contact page: anyone asks the guichet a question, which reaches the correspondants of their
 * department as a quick request. No captcha (design: the API's honeypot and the gateway's rate limit stand against robots).
 */
@Path(ContactResource.FORM)
@Produces(MediaType.TEXT_HTML)
public class ContactResource {

    static final String FORM = "/demande";
    static final String SENT = FORM + "/envoyee";
    static final String TOO_MANY = "Trop de questions ont été envoyées depuis votre connexion en peu de temps : la "
            + "vôtre n'a pas été transmise. Réessayez un peu plus tard ; ce que vous avez saisi est conservé ci-dessous.";

    @Inject
    @RestClient
    ContactApi api;

    /** Its remote address is the visitor's: the desk trusts the gateway's X-Forwarded-For. */
    @Inject
    HttpServerRequest request;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance form(ContactForm form, FormErrors errors, String refusal,
                List<RequestSubject> subjects);

        static native TemplateInstance sent();
    }

    /** Public. */
    @GET
    @PermitAll
    public TemplateInstance form() {
        return Templates.form(new ContactForm(), FormErrors.NONE, null, subjects());
    }

    /**
     * Public. Sends the question, then leads to the confirmation; a refusal shows the form again as typed, with the
     * API's reasons in French beside the fields, or, over the gateway's limit, a request to try again later.
     */
    @POST
    @PermitAll
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response send(@BeanParam ContactForm form) {
        try {
            api.submitQuickRequest(request.remoteAddress().hostAddress(), form.toSubmission());
            return Response.seeOther(URI.create(SENT)).build();
        } catch (ApiProblem refused) {
            return switch (refused.status()) {
                case 400 -> HtmlPages.withStatus(400,
                        Templates.form(form, FormErrors.of(refused, ContactWording.INSTANCE), null, subjects()));
                case 429 -> HtmlPages.withStatus(429, Templates.form(form, FormErrors.NONE, TOO_MANY, subjects()));
                default -> throw refused;
            };
        }
    }

    /** Public. */
    @GET
    @Path("envoyee")
    @PermitAll
    public TemplateInstance sent() {
        return Templates.sent();
    }

    private static List<RequestSubject> subjects() {
        return List.of(RequestSubject.values());
    }
}
