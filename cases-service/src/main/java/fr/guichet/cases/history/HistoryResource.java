package fr.guichet.cases.history;

import java.util.List;
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

@Path("/cases/{id}/history")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "History", description = "Every change of a case, append-only")
@SecurityRequirement(name = "bearer")
public class HistoryResource {

    @Inject
    VisibleHistory history;

    @GET
    @RolesAllowed({Roles.DOCTOR, Roles.PARTNER, Roles.CORRESPONDANT})
    @Operation(operationId = "listCaseHistory", summary = "Every change of the case, oldest first: actor, instant, before and after",
            description = "Staff's internal notes appear only to correspondants.\n\nRoles: doctor, partner, correspondant.")
    @APIResponse(responseCode = "200", description = "The history")
    @APIResponse(responseCode = "404", description = "No such case among those you can see")
    public List<CaseHistory.Entry> history(@PathParam("id") UUID id) {
        return history.of(id);
    }
}
