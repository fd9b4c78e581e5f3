package fr.guichet.cases.plan;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import fr.guichet.cases.policy.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

@Path("/cases/{id}/plan")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Plan", description = "The dated installation plan of a case, and the lead times it is computed from")
@SecurityRequirement(name = "bearer")
public class PlanResource {

    @Inject
    PlanService plans;

    @GET
    @RolesAllowed({Roles.DOCTOR, Roles.PARTNER, Roles.CORRESPONDANT})
    @Operation(operationId = "getCasePlan", summary = "The case's dated installation plan",
            description = "Computed on each read from the case's profession, practice mode, planned start date and "
                    + "chosen aids, its tasks (a step whose task is finished is DONE, with its done date) and the plan "
                    + "steps' lead times (listPlanSteps): every step with its latest due date walking back from the "
                    + "planned start date and its earliest date walking forward from today; the critical path; AT_RISK "
                    + "with the step that makes it so when the earliest feasible start is after the planned one. A step "
                    + "whose lead time is unknown is UNDATED and says why.\n\nRoles: doctor, partner, correspondant.")
    @APIResponse(responseCode = "200", description = "The plan")
    @APIResponse(responseCode = "404", description = "No such case among those you can see")
    public InstallationPlan get(@PathParam("id") UUID caseId) {
        return plans.planOf(caseId);
    }
}
