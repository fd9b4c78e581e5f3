package fr.guichet.desk.events;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import fr.guichet.desk.api.ApiProblem;
import fr.guichet.desk.page.FormErrors;
import fr.guichet.desk.page.HtmlPages;
import fr.guichet.desk.page.SearchTerms;
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
 * The public events: welcome days and evenings, forums, round tables and visits that organisers hold for students,
 * interns and replacement doctors, each with its registration form.
 */
@Path(EventsResource.LIST)
@Produces(MediaType.TEXT_HTML)
public class EventsResource {

    static final String LIST = "/evenements";
    static final String NOT_TAKEN = "Votre inscription n'a pas été enregistrée : cette adresse électronique est déjà "
            + "inscrite à cet événement, ou l'événement n'accepte plus d'inscription (annulé ou déjà commencé).";
    private static final String BAD_FILTER = "Ce filtre n'est pas valable : choisissez un département (par exemple 41) "
            + "ou un type d'événement dans la liste.";

    @Inject
    @RestClient
    EventsApi api;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(EventListing listing, String refusal, List<EventKind> kinds);

        static native TemplateInstance show(WelcomeEvent event, RegistrationForm form, FormErrors errors, String refusal,
                List<RegistrantStatus> statuses);

        static native TemplateInstance registered(WelcomeEvent event, Integer waitingPosition);
    }

    /** Public. The events to come, soonest first, by department and kind. */
    @GET
    @PermitAll
    public Response list(@RestQuery("departement") String department, @RestQuery("type") EventKind kind,
            @RestQuery("suite") String cursor) {
        Map<String, String> filters = new SearchTerms().with("department", department)
                .with("kind", kind == null ? null : kind.name()).with("cursor", cursor).asMap();
        try {
            EventListing listing = new EventListing(department, kind, api.listEvents(filters));
            return HtmlPages.withStatus(200, Templates.list(listing, null, kinds()));
        } catch (ApiProblem refused) {
            if (refused.status() != 400) {
                throw refused;
            }
            EventListing none = new EventListing(department, kind, new EventsApi.EventPage(List.of(), null));
            return HtmlPages.withStatus(400, Templates.list(none, BAD_FILTER, kinds()));
        }
    }

    /** Public. One event, with what it offers and its registration form. */
    @GET
    @Path("{id}")
    @PermitAll
    public TemplateInstance show(@RestPath UUID id) {
        return Templates.show(api.getEvent(id), new RegistrationForm(), FormErrors.NONE, null, statuses());
    }

    /**
     * Public. Registers, then leads to the confirmation (a place, or the waiting list); a refusal shows the form again
     * as typed, with the reasons beside the fields.
     */
    @POST
    @Path("{id}/inscription")
    @PermitAll
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response register(@RestPath UUID id, @BeanParam RegistrationForm form) {
        EventsApi.Registration registration = form.toRegistration();
        if (registration == null) {
            return refused(400, id, form, FormErrors.builder().field("year", RegistrationWording.YEAR).build(), null);
        }
        try {
            EventsApi.Registered registered = api.register(id, registration);
            String waiting = registered.waitingPosition() == null ? "" : "?attente=" + registered.waitingPosition();
            return Response.seeOther(URI.create(LIST + "/" + id + "/inscription" + waiting)).build();
        } catch (ApiProblem refused) {
            return switch (refused.status()) {
                case 400 -> refused(400, id, form, FormErrors.of(refused, RegistrationWording.INSTANCE), null);
                case 409 -> refused(409, id, form, FormErrors.NONE, NOT_TAKEN);
                default -> throw refused;
            };
        }
    }

    /** Public. The confirmation: a place, or the rank on the waiting list. */
    @GET
    @Path("{id}/inscription")
    @PermitAll
    public TemplateInstance registered(@RestPath UUID id, @RestQuery("attente") Integer waitingPosition) {
        return Templates.registered(api.getEvent(id), waitingPosition);
    }

    private Response refused(int status, UUID id, RegistrationForm form, FormErrors errors, String refusal) {
        return HtmlPages.withStatus(status, Templates.show(api.getEvent(id), form, errors, refusal, statuses()));
    }

    private static List<EventKind> kinds() {
        return Arrays.asList(EventKind.values());
    }

    private static List<RegistrantStatus> statuses() {
        return Arrays.asList(RegistrantStatus.values());
    }
}
