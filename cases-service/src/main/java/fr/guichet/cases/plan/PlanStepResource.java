package fr.guichet.cases.plan;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import fr.guichet.cases.policy.Roles;
import fr.guichet.common.api.VersionEtag;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

@Path("/plan/steps")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Plan")
@SecurityRequirement(name = "bearer")
public class PlanStepResource {

    private static final String CODE = "^[A-Z][A-Z0-9_]{1,39}$";

    @Inject
    PlanStepService steps;

    @GET
    @RolesAllowed({Roles.CORRESPONDANT, Roles.GUICHET_ADMIN})
    @Operation(operationId = "listPlanSteps", summary = "The steps of the installation plans and their lead times",
            description = "Which professions (null: all) and practice modes each step applies to, what it waits on, its "
                    + "lead time in days and how it is anchored (after its predecessors, before or after the planned "
                    + "start date), and its source. A step without a lead time is undated in the plans; its note says "
                    + "why.\n\nRoles: correspondant, guichet-admin.")
    @APIResponse(responseCode = "200", description = "The steps, in plan order")
    public List<PlanStepView> list() {
        return steps.list();
    }

    @PUT
    @Path("/{code}")
    @RolesAllowed(Roles.GUICHET_ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updatePlanStep", summary = "Change a step's lead time, anchor, label, note and source",
            description = "Every plan computed from now on uses it. leadTimeDays null makes the step undated, which "
                    + "its note must explain. If-Match carries the step's version (its ETag, or version in the list)."
                    + "\n\nRoles: guichet-admin.")
    @APIResponse(responseCode = "200", description = "Changed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlanStepView.class)))
    @APIResponse(responseCode = "404", description = "No such step")
    public Response change(
            @PathParam("code") @Pattern(regexp = CODE, message = "must be a step code such as ORDRE_REGISTRATION") String code,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull PlanStepChange change) {
        PlanStepView changed = steps.change(code, ifMatch, change);
        return VersionEtag.ok(changed, changed.version());
    }
}
