package fr.guichet.cases.task;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import fr.guichet.cases.policy.Roles;
import fr.guichet.common.api.VersionEtag;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

@Path("/cases/{id}/tasks")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Tasks", description = "Every partner's checklist, opened at the joint session")
@SecurityRequirement(name = "bearer")
public class TaskResource {

    @Inject
    TaskService tasks;

    @GET
    @RolesAllowed({Roles.DOCTOR, Roles.PARTNER, Roles.CORRESPONDANT})
    @Operation(operationId = "listCaseTasks", summary = "The case's partner tasks, in checklist order",
            description = "Each names the organisation that owns it (ownerOrg; none: the guichet follows it). A task that "
                    + "waits on another shows waitingOn and the due date it implies. A partner reads its own tasks whole, and "
                    + "of the others only code, label, owner, status and due date.\n\nRoles: doctor, partner, correspondant.")
    @APIResponse(responseCode = "200", description = "The tasks (empty before the joint session)")
    @APIResponse(responseCode = "404", description = "No such case among those you can see")
    public List<TaskView> list(@PathParam("id") UUID caseId) {
        return tasks.tasks(caseId);
    }

    @PATCH
    @Path("/{taskId}")
    @RolesAllowed({Roles.DOCTOR, Roles.PARTNER, Roles.CORRESPONDANT})
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    @Operation(operationId = "updateTask", summary = "Record a task's progress: status, due date, note, blocked reason, missing pieces",
            description = "If-Match carries the case's ETag. The guichet's staff change any task; a partner only its own "
                    + "organisation's. BLOCKED needs a blockedReason. A task finished moves the due dates of the tasks that "
                    + "wait on it (its day + their days).\n\nRoles: doctor, partner, correspondant.")
    @RequestBody(required = true, content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TaskChange.class)),
            @Content(mediaType = "application/merge-patch+json", schema = @Schema(implementation = TaskChange.class))})
    @APIResponse(responseCode = "200", description = "Changed; the case's version moved",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TaskView.class)))
    @APIResponse(responseCode = "400", description = "Nothing to change, or BLOCKED without a reason")
    @APIResponse(responseCode = "403", description = "A task of another organisation, or a role that records no progress")
    @APIResponse(responseCode = "404", description = "No such case or task")
    @APIResponse(responseCode = "409", description = "The case is closed or abandoned")
    public Response update(@PathParam("id") UUID caseId, @PathParam("taskId") UUID taskId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull TaskChange change) {
        TaskService.Updated updated = tasks.update(caseId, taskId, ifMatch, change);
        return VersionEtag.ok(updated.task(), updated.caseVersion());
    }
}
