package fr.guichet.welcome.followup;

import java.net.URI;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import fr.guichet.welcome.policy.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

@Path("/events/{eventId}/registrations/{registrationId}/quick-request")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Registrations")
public class FollowUpResource {

    @Inject
    FollowUpService followUps;

    @POST
    @RolesAllowed({Roles.ORGANISER, Roles.CORRESPONDANT})
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "turnRegistrantIntoQuickRequest",
            summary = "Turn a registrant who wants to settle into a quick request of cases-service",
            description = "For a registrant who answered the survey that they want to settle (YES or MAYBE) and agree to be "
                    + "contacted: they are referred to the correspondants of the event's department (cases-service's "
                    + "referQuickRequest logs an open, unassigned quick request, channel EVENT, with their name, e-mail "
                    + "and career stage), as you, with your token, so cases-service's own rules apply (an organiser refers "
                    + "within its territory). The registration keeps the request's id; a second time is 409.\n\n"
                    + "Roles: correspondant, organiser.")
    @APIResponse(responseCode = "201", description = "The request logged, and linked",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FollowUpView.class)),
            headers = @Header(name = HttpHeaders.LOCATION, description = "The link, read again with GET",
                    schema = @Schema(type = SchemaType.STRING, format = "uri-reference")))
    @APIResponse(responseCode = "400", description = "A malformed id")
    @APIResponse(responseCode = "403", description = "Another organisation's event, or cases-service refuses you this request")
    @APIResponse(responseCode = "404", description = "No such event or registration among those you may see")
    @APIResponse(responseCode = "409", description = "The registrant already became a request, or was anonymised")
    @APIResponse(responseCode = "422", description = "The registrant did not answer that they want to settle and agree to be contacted")
    @APIResponse(responseCode = "502", description = "cases-service refused what it was sent (the services disagree on the "
            + "request's form); nothing was saved")
    @APIResponse(responseCode = "503", description = "cases-service cannot be reached; nothing was saved")
    public Response toQuickRequest(@PathParam("eventId") UUID eventId, @PathParam("registrationId") UUID registrationId) {
        FollowUpView view = followUps.toQuickRequest(eventId, registrationId);
        return Response.created(URI.create("/events/" + eventId + "/registrations/" + registrationId + "/quick-request"))
                .entity(view).build();
    }

    @GET
    @RolesAllowed({Roles.ORGANISER, Roles.CORRESPONDANT})
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "getRegistrantQuickRequest", summary = "The quick request of cases-service a registrant became",
            description = "Roles: correspondant, organiser.")
    @APIResponse(responseCode = "200", description = "The link",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FollowUpView.class)))
    @APIResponse(responseCode = "400", description = "A malformed id")
    @APIResponse(responseCode = "403", description = "Another organisation's event")
    @APIResponse(responseCode = "404", description = "No such event or registration among those you may see, or it became no request")
    public FollowUpView get(@PathParam("eventId") UUID eventId, @PathParam("registrationId") UUID registrationId) {
        return followUps.of(eventId, registrationId);
    }
}
