package fr.guichet.welcome.registration;

import java.net.URI;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import fr.guichet.common.api.Page;
import fr.guichet.common.api.QueryParams;
import fr.guichet.welcome.policy.Roles;
import fr.guichet.welcome.registration.RegistrationInputs.RegistrationInput;
import fr.guichet.welcome.registration.RegistrationViews.RegistrantView;
import fr.guichet.welcome.registration.RegistrationViews.RegistrationView;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

@Path("/events/{eventId}/registrations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Registrations", description = "Registration to events, the waiting list, cancellation by the registrant's link")
public class RegistrationResource {

    @Inject
    RegistrationService registrations;

    @POST
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "register", summary = "Register to a published event: a place, or the waiting list",
            description = "A place is CONFIRMED while the capacity allows, else the registration is WAITING with its position. "
                    + "A mail confirms it, with the registrant's links (cancellation, and the survey after the event); the "
                    + "answer holds no personal data and no link.\n\nPublic.")
    @APIResponse(responseCode = "201", description = "Registered, CONFIRMED or WAITING",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RegistrationView.class)),
            headers = @Header(name = HttpHeaders.LOCATION, description = "The registration, for the event's organisers",
                    schema = @Schema(type = SchemaType.STRING, format = "uri-reference")))
    @APIResponse(responseCode = "400", description = "Invalid fields")
    @APIResponse(responseCode = "404", description = "No such published event")
    @APIResponse(responseCode = "409", description = "The address is already registered, or the event is cancelled or has started")
    public Response register(@PathParam("eventId") UUID eventId, @Valid @NotNull RegistrationInput input) {
        RegistrationView view = registrations.register(eventId, input);
        return Response.created(URI.create("/events/" + eventId + "/registrations/" + view.id())).entity(view).build();
    }

    @GET
    @RolesAllowed({Roles.ORGANISER, Roles.CORRESPONDANT})
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "listRegistrants", summary = "The registrants of an event, with their contact, in order of registration",
            description = "For the event's organisers and the correspondants of its department.\n\nRoles: correspondant, organiser.")
    @APIResponse(responseCode = "200", description = "One page; follow nextCursor for the next")
    @APIResponse(responseCode = "400", description = "An invalid filter or cursor")
    @APIResponse(responseCode = "403", description = "Another organisation's event")
    @APIResponse(responseCode = "404", description = "No such event among those you may see")
    public Page<RegistrantView> list(@PathParam("eventId") UUID eventId,
            @Parameter(schema = @Schema(implementation = RegistrationStatus.class)) @QueryParam("status") String status,
            @QueryParam("limit") String limit,
            @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor") String cursor) {
        return registrations.list(eventId, QueryParams.enumValue("status", status, RegistrationStatus.class), cursor,
                QueryParams.limit(limit));
    }

    @GET
    @Path("/{registrationId}")
    @RolesAllowed({Roles.ORGANISER, Roles.CORRESPONDANT})
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "getRegistrant", summary = "One registrant of an event",
            description = "Roles: correspondant, organiser.")
    @APIResponse(responseCode = "200", description = "The registrant",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RegistrantView.class)))
    @APIResponse(responseCode = "400", description = "A malformed id")
    @APIResponse(responseCode = "403", description = "Another organisation's event")
    @APIResponse(responseCode = "404", description = "No such event or registration among those you may see")
    public RegistrantView get(@PathParam("eventId") UUID eventId, @PathParam("registrationId") UUID registrationId) {
        return registrations.get(eventId, registrationId);
    }
}
