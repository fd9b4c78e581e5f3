package fr.guichet.aids.eligibility;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

@Path("/eligibility")
@Tag(name = "Eligibility", description = "Explainable simulation of the aids a project can get (public)")
public class EligibilityResource {

    @Inject
    EligibilityService eligibility;

    @POST
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "simulateEligibility", summary = "Simulate every aid in force on the planned start date",
            description = "Each aid is ELIGIBLE, NEEDS_INFO (a criterion needs an answer the project lacks, or the address "
                    + "decides) or INELIGIBLE, with every criterion evaluated: a machine code and a reason in French. "
                    + "Amounts are dated from the planned start; totalCents adds up the eligible aids that can be combined."
                    + "\n\nPublic.")
    @APIResponse(responseCode = "200", description = "The assessment of every aid in force")
    @APIResponse(responseCode = "400", description = "Invalid project, or an aid already received is unknown")
    @APIResponse(responseCode = "404", description = "No commune has the target INSEE code")
    public Assessment.Result simulate(@Valid @NotNull EligibilityRequest project) {
        return eligibility.simulate(project);
    }
}
