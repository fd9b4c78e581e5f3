package fr.guichet.welcome.invitation;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import fr.guichet.welcome.invitation.InvitationInputs.InvitationList;
import fr.guichet.welcome.invitation.InvitationInputs.InvitationResult;
import fr.guichet.welcome.policy.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

@Path("/events/{eventId}/invitations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Invitations", description = "Invitations mailed by organisers to a list of addresses")
@SecurityRequirement(name = "bearer")
public class InvitationResource {

    @Inject
    InvitationService invitations;

    @POST
    @RolesAllowed(Roles.ORGANISER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "inviteToEvent", summary = "Mail an invitation to a list of addresses",
            description = "Each address once per event: addresses invited before are counted, not mailed again. The mail "
                    + "links to the event's public page, where one registers.\n\nRoles: organiser.")
    @APIResponse(responseCode = "200", description = "Invitations queued for sending",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InvitationResult.class)))
    @APIResponse(responseCode = "400", description = "Invalid addresses, none, or more than 500")
    @APIResponse(responseCode = "403", description = "Another organisation's event")
    @APIResponse(responseCode = "404", description = "No such event among those you may see")
    @APIResponse(responseCode = "409", description = "The event is not published, or has started")
    public InvitationResult invite(@PathParam("eventId") UUID eventId, @Valid @NotNull InvitationList list) {
        return invitations.invite(eventId, list.emails());
    }
}
