package fr.guichet.cases.transition;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import fr.guichet.cases.casefile.CaseView;
import fr.guichet.cases.policy.Roles;
import fr.guichet.common.api.VersionEtag;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

@Path("/cases/{id}/transitions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Workflow", description = "RECEIVED → QUALIFIED → PROJECT_DEFINED → PROCEDURES → INSTALLED → FOLLOW_UP → CLOSED, or ABANDONED")
@SecurityRequirement(name = "bearer")
public class TransitionResource {

    @Inject
    TransitionService transitions;

    @POST
    @RolesAllowed({Roles.DOCTOR, Roles.PARTNER, Roles.CORRESPONDANT})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "moveCase", summary = "Move the case to its next step",
            description = "A correspondant moves the case; a doctor may only abandon their own case. Entering PROCEDURES "
                    + "opens every partner's tasks at once. INSTALLED needs every mandatory task DONE or NOT_APPLICABLE. "
                    + "A refusal (422) lists the allowed steps and what is missing.\n\nRoles: doctor, partner, correspondant.")
    @APIResponse(responseCode = "200", description = "Moved; the ETag is the new version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseView.class)))
    @APIResponse(responseCode = "403", description = "A doctor trying another step than ABANDONED")
    @APIResponse(responseCode = "404", description = "No such case among those you can see")
    @APIResponse(responseCode = "422", description = "Not allowed from the current step, or a guard is not met")
    public Response move(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull TransitionRequest request) {
        CaseView moved = transitions.move(id, ifMatch, request);
        return VersionEtag.ok(moved, moved.version());
    }
}
