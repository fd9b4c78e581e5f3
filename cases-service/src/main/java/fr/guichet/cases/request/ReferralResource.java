package fr.guichet.cases.request;

import java.net.URI;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import fr.guichet.cases.policy.Roles;
import fr.guichet.cases.request.RequestInputs.Referral;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Where a partner hands over someone it met: the organisers of welcome events refer the students and interns who
 * want to settle, so that the correspondants of the department contact them.
 */
@Path("/requests/referrals")
@Tag(name = "Requests")
@SecurityRequirement(name = "bearer")
public class ReferralResource {

    @Inject
    QuickRequestService requests;

    @POST
    @RolesAllowed({Roles.ORGANISER, Roles.CORRESPONDANT})
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "referQuickRequest", summary = "Refer someone to the department's correspondants",
            description = "The request is logged OPEN and assigned to no one, in the department (the commune's when a "
                    + "commune is given), with you as `loggedBy`; the correspondants of the department take it from their "
                    + "list. The requester needs an e-mail or a phone number. The receipt is all you read of it: the "
                    + "request itself is the correspondants'. An organiser refers within the departments of its "
                    + "territory, a correspondant within those they cover.\n\nRoles: organiser, correspondant.")
    @APIResponse(responseCode = "201", description = "Referred",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReferralReceipt.class)),
            headers = @Header(name = HttpHeaders.LOCATION, description = "The request's address, for the correspondants",
                    schema = @Schema(type = SchemaType.STRING, format = "uri-reference")))
    @APIResponse(responseCode = "400", description = "Invalid fields, no way to contact the requester, neither commune nor "
            + "department")
    @APIResponse(responseCode = "403", description = "A department outside your territory")
    public Response refer(@Valid @NotNull Referral referral) {
        ReferralReceipt receipt = requests.refer(referral);
        return Response.created(URI.create("/requests/" + receipt.id())).entity(receipt).build();
    }
}
