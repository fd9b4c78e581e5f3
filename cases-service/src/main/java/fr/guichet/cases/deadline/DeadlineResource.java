package fr.guichet.cases.deadline;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import fr.guichet.cases.policy.Roles;
import fr.guichet.common.api.Page;
import fr.guichet.common.api.QueryParams;
import fr.guichet.common.problem.ProblemException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

@Path("/deadlines")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Deadlines", description = "What is late and what is due soon among the partners' tasks")
@SecurityRequirement(name = "bearer")
public class DeadlineResource {

    private static final String SCOPE = "A correspondant reads the tasks of their departments' cases (`mine=true`: of the "
            + "cases assigned to them), a partner the tasks its organisation owns. Only unfinished tasks (not DONE nor "
            + "NOT_APPLICABLE) with a due date, on cases under way (not CLOSED nor ABANDONED), earliest due first; "
            + "dates are French dates.";
    private static final String MINE = "true: only the cases assigned to you (correspondants)";

    @Inject
    DeadlineService deadlines;

    @GET
    @Path("/overdue")
    @RolesAllowed({Roles.CORRESPONDANT, Roles.PARTNER})
    @Operation(operationId = "listOverdueTasks", summary = "Tasks past their due date",
            description = "Tasks due before today. " + SCOPE + "\n\nRoles: correspondant, partner.")
    @APIResponse(responseCode = "200", description = "One page; follow nextCursor for the next")
    @APIResponse(responseCode = "400", description = "An invalid limit or cursor, or mine=true from a partner")
    public Page<DueTask> overdue(@Parameter(description = MINE, schema = @Schema(type = SchemaType.BOOLEAN)) @QueryParam("mine") String mine,
            @QueryParam("limit") String limit,
            @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor") String cursor) {
        return deadlines.overdue(mine(mine), cursor, QueryParams.limit(limit));
    }

    @GET
    @Path("/due-soon")
    @RolesAllowed({Roles.CORRESPONDANT, Roles.PARTNER})
    @Operation(operationId = "listDueSoonTasks", summary = "Tasks due within the coming days",
            description = "Tasks due from today on, within the configured window (7 days by default: today and the six "
                    + "days after). " + SCOPE + "\n\nRoles: correspondant, partner.")
    @APIResponse(responseCode = "200", description = "One page; follow nextCursor for the next")
    @APIResponse(responseCode = "400", description = "An invalid limit or cursor, or mine=true from a partner")
    public Page<DueTask> dueSoon(@Parameter(description = MINE, schema = @Schema(type = SchemaType.BOOLEAN)) @QueryParam("mine") String mine,
            @QueryParam("limit") String limit,
            @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor") String cursor) {
        return deadlines.dueSoon(mine(mine), cursor, QueryParams.limit(limit));
    }

    private static boolean mine(String value) {
        if (value == null || value.isBlank() || value.equals("false")) {
            return false;
        }
        if (value.equals("true")) {
            return true;
        }
        throw ProblemException.invalid("mine", "must be true or false");
    }
}
