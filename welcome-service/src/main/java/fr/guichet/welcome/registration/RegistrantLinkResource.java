package fr.guichet.welcome.registration;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import fr.guichet.welcome.registration.RegistrationInputs.RegistrantToken;
import fr.guichet.welcome.registration.RegistrationViews.RegistrationView;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** What a registrant does with the link of their mails; the token travels in the body, never in an address. */
@Path("/registrations/cancellations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Registrations")
public class RegistrantLinkResource {

    @Inject
    RegistrationService registrations;

    @POST
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "cancelRegistration", summary = "Cancel a registration with the token of its link",
            description = "A confirmed place goes to the first person on the waiting list, who is told by mail. Cancelling "
                    + "again answers the cancelled registration.\n\nPublic.")
    @APIResponse(responseCode = "200", description = "Cancelled",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RegistrationView.class)))
    @APIResponse(responseCode = "400", description = "No token")
    @APIResponse(responseCode = "404", description = "The token opens no registration (unknown, replaced by a later mail, or "
            + "anonymised)")
    @APIResponse(responseCode = "409", description = "The event has started")
    public RegistrationView cancel(@Valid @NotNull RegistrantToken token) {
        return registrations.cancel(token.token());
    }
}
