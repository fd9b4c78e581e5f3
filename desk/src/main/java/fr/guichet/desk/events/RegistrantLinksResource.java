package fr.guichet.desk.events;

import java.util.Arrays;
import java.util.List;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;

import fr.guichet.desk.api.ApiProblem;
import fr.guichet.desk.page.FormErrors;
import fr.guichet.desk.page.HtmlPages;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
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
 * The pages a registrant's mail links to: give up one's place, and the short survey after the event. The link's
 * token is the only key; a page opened from it asks before doing anything, so that a mail scanner following the link
 * cancels nothing.
 */
@Path(RegistrantLinksResource.PATH)
@Produces(MediaType.TEXT_HTML)
public class RegistrantLinksResource {

    static final String PATH = EventsResource.LIST + "/inscription";
    static final String STALE_LINK = "Ce lien n'est plus valable : un courriel plus récent en contient un autre, ou "
            + "l'inscription a été effacée à la fin de sa durée de conservation.";

    @Inject
    @RestClient
    EventsApi api;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance cancellation(String token, String outcome, String refusal);

        static native TemplateInstance survey(SurveyForm form, FormErrors errors, String refusal,
                List<SettlingIntention> intentions);

        static native TemplateInstance surveyAnswered();
    }

    /** Public. Asks the registrant to confirm that they give up their place. */
    @GET
    @Path("annulation")
    @PermitAll
    public TemplateInstance askCancellation(@RestQuery("jeton") String token) {
        return Templates.cancellation(token, null, null);
    }

    /** Public. Cancels the registration the token opens. */
    @POST
    @Path("annulation")
    @PermitAll
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response cancel(@RestForm("jeton") String token) {
        try {
            api.cancel(new EventsApi.Token(token));
            return HtmlPages.withStatus(200, Templates.cancellation(token, "Votre inscription est annulée. Si vous "
                    + "aviez une place, elle va à la première personne de la liste d'attente.", null));
        } catch (ApiProblem refused) {
            return switch (refused.status()) {
                case 400, 404 -> HtmlPages.withStatus(404, Templates.cancellation(token, null, STALE_LINK));
                case 409 -> HtmlPages.withStatus(409, Templates.cancellation(token, null,
                        "L'événement a commencé : l'inscription ne peut plus être annulée."));
                default -> throw refused;
            };
        }
    }

    /** Public. The survey's form. */
    @GET
    @Path("avis")
    @PermitAll
    public TemplateInstance survey(@RestQuery("jeton") String token) {
        SurveyForm form = new SurveyForm();
        form.token = token;
        return Templates.survey(form, FormErrors.NONE, null, intentions());
    }

    /** Public. Records the answer, once per registration. */
    @POST
    @Path("avis")
    @PermitAll
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response answer(@BeanParam SurveyForm form) {
        try {
            api.answerSurvey(form.toAnswer());
            return HtmlPages.withStatus(200, Templates.surveyAnswered());
        } catch (ApiProblem refused) {
            return switch (refused.status()) {
                case 400 -> refused.errors().stream().anyMatch(e -> "token".equals(e.field()))
                        ? HtmlPages.withStatus(404, Templates.survey(form, FormErrors.NONE, STALE_LINK, intentions()))
                        : HtmlPages.withStatus(400, Templates.survey(form, FormErrors.of(refused, SurveyWording.INSTANCE),
                                null, intentions()));
                case 404 -> HtmlPages.withStatus(404, Templates.survey(form, FormErrors.NONE, STALE_LINK, intentions()));
                case 409 -> HtmlPages.withStatus(409, Templates.survey(form, FormErrors.NONE, "Ce questionnaire a déjà "
                        + "reçu une réponse, ou l'événement n'est pas encore terminé, ou l'inscription n'avait pas de place.",
                        intentions()));
                default -> throw refused;
            };
        }
    }

    private static List<SettlingIntention> intentions() {
        return Arrays.asList(SettlingIntention.values());
    }
}
