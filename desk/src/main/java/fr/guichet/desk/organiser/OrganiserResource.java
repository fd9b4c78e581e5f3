package fr.guichet.desk.organiser;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

import fr.guichet.desk.api.ApiProblem;
import fr.guichet.desk.events.EventKind;
import fr.guichet.desk.events.InternSpecialty;
import fr.guichet.desk.events.WelcomeEvent;
import fr.guichet.desk.page.FormErrors;
import fr.guichet.desk.page.HtmlPages;
import fr.guichet.desk.page.SearchTerms;
import fr.guichet.desk.page.Viewer;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The organiser's events: the list of their organisation's events, and each event's page with its registrants, the
 * attendance list to tick on the day, publication and cancellation. The API decides whose events these are.
 */
@Path(OrganiserResource.HOME)
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Viewer.ORGANISER)
public class OrganiserResource {

    static final String HOME = "/organisation";
    /** As many registrants as one page of the API gives: an event's capacity and waiting list fit. */
    private static final int REGISTRANTS = 100;
    private static final List<EventKind> KINDS = Arrays.asList(EventKind.values());
    private static final List<InternSpecialty> SPECIALTIES = Arrays.asList(InternSpecialty.values());

    @Inject
    @RestClient
    OrganiserApi api;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance events(OrganiserApi.ManagedPage page, String nextPage);

        static native TemplateInstance create(EventForm form, FormErrors errors, String refusal, List<EventKind> kinds,
                List<InternSpecialty> specialties);

        static native TemplateInstance event(WelcomeEvent event, String etag, OrganiserApi.RegistrantPage registrants,
                String notice, String refusal);
    }

    /** Roles: organiser. */
    @GET
    public TemplateInstance events(@RestQuery("suite") String cursor) {
        OrganiserApi.ManagedPage page = api.listManagedEvents(cursor);
        String nextPage = page.nextCursor() == null ? null : new SearchTerms().with("suite", page.nextCursor()).link(HOME);
        return Templates.events(page, nextPage);
    }

    /** Roles: organiser. The form of a new event, which starts as a draft. */
    @GET
    @Path("evenements/nouveau")
    public TemplateInstance newEvent() {
        return Templates.create(new EventForm(), FormErrors.NONE, null, KINDS, SPECIALTIES);
    }

    /** Roles: organiser. Creates the draft, then leads to its page; a refusal shows the form again as filled in. */
    @POST
    @Path("evenements")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@BeanParam EventForm form) {
        FormErrors.Builder unreadable = FormErrors.builder();
        OrganiserApi.NewEvent event = form.toEvent(unreadable);
        if (event == null) {
            return HtmlPages.withStatus(400, Templates.create(form, unreadable.build(), null, KINDS, SPECIALTIES));
        }
        try {
            WelcomeEvent created = api.createEvent(event);
            return Response.seeOther(URI.create(HOME + "/evenements/" + created.id() + "?fait=" + Done.CREATED.name())).build();
        } catch (ApiProblem refused) {
            return switch (refused.status()) {
                case 400 -> HtmlPages.withStatus(400, Templates.create(form, FormErrors.of(refused, EventWording.INSTANCE),
                        null, KINDS, SPECIALTIES));
                case 403 -> HtmlPages.withStatus(403, Templates.create(form, FormErrors.NONE, "Ce département n'est pas dans "
                        + "le territoire de votre organisation, ou votre compte n'est rattaché à aucune organisation.", KINDS,
                        SPECIALTIES));
                default -> throw refused;
            };
        }
    }

    /** Roles: organiser. {@code fait} names what was just done, to say so. */
    @GET
    @Path("evenements/{id}")
    public TemplateInstance event(@RestPath UUID id, @RestQuery("fait") Done done) {
        return page(id, done == null ? null : done.notice, null);
    }

    /** Roles: organiser. Records who came: the whole list ticked, which replaces the previous one. */
    @POST
    @Path("evenements/{id}/presence")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response attendance(@RestPath UUID id, @RestForm("present") List<UUID> present) {
        return act(id, Done.ATTENDANCE, () -> api.recordAttendance(id, new OrganiserApi.Attendance(present)));
    }

    /**
     * Roles: organiser. Hands a registrant who wants to settle to the department's correspondants: welcome-service
     * logs a quick request of cases-service and keeps the link, which the registrants' list then shows.
     */
    @POST
    @Path("evenements/{id}/inscrits/{registrationId}/transmission")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response forward(@RestPath UUID id, @RestPath UUID registrationId) {
        return act(id, Done.FORWARDED, () -> api.turnIntoQuickRequest(id, registrationId), OrganiserResource::forwardRefusal);
    }

    /** Roles: organiser. Opens a draft to the public, with the version the page was read at. */
    @POST
    @Path("evenements/{id}/publication")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response publish(@RestPath UUID id, @RestForm String etag) {
        return act(id, Done.PUBLISHED, () -> api.publishEvent(id, etag));
    }

    /** Roles: organiser. Calls the event off; the API tells its registrants. */
    @POST
    @Path("evenements/{id}/annulation")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response cancel(@RestPath UUID id, @RestForm String etag) {
        return act(id, Done.CANCELLED, () -> api.cancelEvent(id, etag));
    }

    /** What a form on the event's page did, said on the page it leads back to. */
    public enum Done {
        CREATED("Le brouillon est créé : publiez-le quand il est prêt, il sera alors ouvert au public."),
        ATTENDANCE("La liste des présents est enregistrée."),
        PUBLISHED("L'événement est publié : il est ouvert au public et aux inscriptions."),
        CANCELLED("L'événement est annulé : les personnes inscrites sont prévenues par courriel."),
        FORWARDED("La personne est transmise au correspondant : une sollicitation est ouverte à son nom, le lien est "
                + "gardé dans la liste des inscrits.");

        final String notice;

        Done(String notice) {
            this.notice = notice;
        }
    }

    private Response act(UUID id, Done done, Runnable call) {
        return act(id, done, call, OrganiserResource::refusal);
    }

    private Response act(UUID id, Done done, Runnable call, Function<ApiProblem, String> refusal) {
        try {
            call.run();
            return Response.seeOther(URI.create(HOME + "/evenements/" + id + "?fait=" + done.name())).build();
        } catch (ApiProblem refused) {
            return HtmlPages.refused(refused, () -> page(id, null, refusal.apply(refused)));
        }
    }

    private static String refusal(ApiProblem refused) {
        return switch (refused.status()) {
            case 403 -> "Cet événement est celui d'une autre organisation : vous ne pouvez pas le modifier.";
            case 412, 428 -> "L'événement a changé entre-temps : la page le montre maintenant tel qu'il est.";
            case 422 -> "Une personne cochée n'est plus inscrite, ou l'événement a déjà commencé.";
            default -> "L'événement n'en est plus là : il est peut-être déjà publié ou annulé, ou sa date n'est pas encore "
                    + "venue pour la liste des présents.";
        };
    }

    private static String forwardRefusal(ApiProblem refused) {
        return switch (refused.status()) {
            case 403 -> "La transmission est refusée : l'événement est celui d'une autre organisation, ou le service des "
                    + "dossiers n'accepte pas cette sollicitation de votre compte.";
            case 422 -> "Cette personne n'a pas répondu qu'elle souhaite s'installer et accepte d'être contactée : elle "
                    + "n'est pas transmise.";
            default -> "Cette personne est déjà transmise au correspondant (la liste le montre maintenant), ou ses données "
                    + "ont été effacées.";
        };
    }

    private TemplateInstance page(UUID id, String notice, String refusal) {
        RestResponse<WelcomeEvent> read = api.getEvent(id);
        return Templates.event(read.getEntity(), read.getHeaderString(HttpHeaders.ETAG),
                api.listRegistrants(id, REGISTRANTS), notice, refusal);
    }
}
