package fr.guichet.cases.correction;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import fr.guichet.cases.policy.Roles;
import fr.guichet.common.api.QueryParams;
import fr.guichet.common.api.VersionEtag;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Documents and pieces of information sent back to the professional, and their answers. Each request carries its own
 * ETag (its version): answering, accepting, reopening and cancelling need it as If-Match.
 */
@Path("/cases/{id}/corrections")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Corrections", description = "Documents or information sent back to the professional, with the reason, and their answers")
@SecurityRequirement(name = "bearer")
public class CorrectionResource {

    private static final String IF_MATCH = "The ETag of the correction request as last read";

    @Inject
    CorrectionService corrections;

    @POST
    @RolesAllowed({Roles.DOCTOR, Roles.PARTNER, Roles.CORRESPONDANT})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "requestCorrection", summary = "Send a document or a piece of information back to the professional",
            description = "Either documentId (a document of the case) or information (the label of what to give again), "
                    + "with the reason in words and, optionally, as a code. On a task: optional for the guichet's staff (a "
                    + "document attached to a task puts the request on that task), required of a partner, whose own task it "
                    + "must be; not the professional. While the request is OPEN the task shows awaitingProfessional. internalNote: "
                    + "staff only.\n\n"
                    + "Roles: doctor, partner, correspondant.")
    @APIResponse(responseCode = "201", description = "Asked; the request is OPEN",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CorrectionView.class)),
            headers = {@Header(name = HttpHeaders.LOCATION, description = "The request's address",
                    schema = @Schema(type = SchemaType.STRING, format = "uri-reference")),
                    @Header(name = HttpHeaders.ETAG, description = "The request's version", schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "400", description = "No reason, neither or both of documentId and information, a task or "
            + "document not of this case, a partner's request without taskId")
    @APIResponse(responseCode = "403", description = "A doctor, a partner asking about another organisation's task, or an "
            + "internal note from a partner")
    @APIResponse(responseCode = "404", description = "No such case among those you can see")
    @APIResponse(responseCode = "409", description = "The case is closed or abandoned")
    public Response request(@PathParam("id") UUID caseId, @Valid @NotNull NewCorrection asked) {
        CorrectionService.Changed created = corrections.request(caseId, asked);
        return VersionEtag.created(URI.create("/cases/" + caseId + "/corrections/" + created.correction().id()),
                created.correction(), created.version());
    }

    @GET
    @RolesAllowed({Roles.DOCTOR, Roles.PARTNER, Roles.CORRESPONDANT})
    @Operation(operationId = "listCorrections", summary = "The case's correction requests, oldest first",
            description = "The professional sees what is asked of them (status=OPEN: what is still expected). A partner "
                    + "sees the requests on its own tasks. Internal notes only for the guichet's staff.\n\n"
                    + "Roles: doctor, partner, correspondant.")
    @APIResponse(responseCode = "200", description = "The requests")
    @APIResponse(responseCode = "400", description = "An unknown status or a malformed taskId")
    @APIResponse(responseCode = "404", description = "No such case among those you can see")
    public List<CorrectionView> list(@PathParam("id") UUID caseId,
            @Parameter(schema = @Schema(implementation = CorrectionStatus.class)) @QueryParam("status") String status,
            @Parameter(description = "Only the requests on this task", schema = @Schema(type = SchemaType.STRING, format = "uuid"))
            @QueryParam("taskId") UUID taskId) {
        return corrections.list(caseId, QueryParams.enumValue("status", status, CorrectionStatus.class), taskId);
    }

    @GET
    @Path("/{correctionId}")
    @RolesAllowed({Roles.DOCTOR, Roles.PARTNER, Roles.CORRESPONDANT})
    @Operation(operationId = "getCorrection", summary = "One correction request, with its ETag",
            description = "Roles: doctor, partner, correspondant.")
    @APIResponse(responseCode = "200", description = "The request",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CorrectionView.class)),
            headers = @Header(name = HttpHeaders.ETAG, description = "The request's version", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", description = "No such case or request among those you can see")
    public Response get(@PathParam("id") UUID caseId, @PathParam("correctionId") UUID correctionId) {
        return ok(corrections.get(caseId, correctionId));
    }

    @POST
    @Path("/{correctionId}/answer")
    @RolesAllowed({Roles.DOCTOR, Roles.PARTNER, Roles.CORRESPONDANT})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "answerCorrection", summary = "Answer a correction request with a new document, a message, or both",
            description = "Upload the new document first (uploadDocument; with the request's taskId when it has one), then "
                    + "name it here; a message goes to the case's thread (addressed to the partners when a partner asked). "
                    + "The request becomes ANSWERED and no longer holds the task. Only the professional answers.\n\n"
                    + "Roles: doctor, partner, correspondant.")
    @APIResponse(responseCode = "200", description = "Answered",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CorrectionView.class)),
            headers = @Header(name = HttpHeaders.ETAG, description = "The request's new version", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", description = "Neither document nor message, or a document not of this case or not "
            + "with the request's task")
    @APIResponse(responseCode = "403", description = "Not the professional")
    @APIResponse(responseCode = "404", description = "No such case or request among those you can see")
    @APIResponse(responseCode = "409", description = "The request is not OPEN, or the case is closed")
    public Response answer(@PathParam("id") UUID caseId, @PathParam("correctionId") UUID correctionId,
            @Parameter(description = IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull CorrectionAnswer answer) {
        return ok(corrections.answer(caseId, correctionId, ifMatch, answer));
    }

    @POST
    @Path("/{correctionId}/accept")
    @RolesAllowed({Roles.DOCTOR, Roles.PARTNER, Roles.CORRESPONDANT})
    @Operation(operationId = "acceptCorrection", summary = "Accept the professional's answer: the request is done (ACCEPTED)",
            description = "By the side that asked: the guichet's staff, or the partner organisation that asked.\n\n"
                    + "Roles: doctor, partner, correspondant.")
    @APIResponse(responseCode = "200", description = "Done",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CorrectionView.class)),
            headers = @Header(name = HttpHeaders.ETAG, description = "The request's new version", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "403", description = "A doctor, or a partner settling a request it did not make")
    @APIResponse(responseCode = "404", description = "No such case or request among those you can see")
    @APIResponse(responseCode = "409", description = "The request does not stand where this step starts")
    public Response accept(@PathParam("id") UUID caseId, @PathParam("correctionId") UUID correctionId,
            @Parameter(description = IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return ok(corrections.accept(caseId, correctionId, ifMatch));
    }

    @POST
    @Path("/{correctionId}/reopen")
    @RolesAllowed({Roles.DOCTOR, Roles.PARTNER, Roles.CORRESPONDANT})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "reopenCorrection", summary = "The answer does not do: open the request again, saying why",
            description = "From ANSWERED back to OPEN: the task waits on the professional again. By the side that asked.\n\n"
                    + "Roles: doctor, partner, correspondant.")
    @APIResponse(responseCode = "200", description = "Done",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CorrectionView.class)),
            headers = @Header(name = HttpHeaders.ETAG, description = "The request's new version", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", description = "No reason")
    @APIResponse(responseCode = "403", description = "A doctor, or a partner settling a request it did not make")
    @APIResponse(responseCode = "404", description = "No such case or request among those you can see")
    @APIResponse(responseCode = "409", description = "The request does not stand where this step starts")
    public Response reopen(@PathParam("id") UUID caseId, @PathParam("correctionId") UUID correctionId,
            @Parameter(description = IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull CorrectionReopening reopening) {
        return ok(corrections.reopen(caseId, correctionId, ifMatch, reopening));
    }

    @POST
    @Path("/{correctionId}/cancel")
    @RolesAllowed({Roles.DOCTOR, Roles.PARTNER, Roles.CORRESPONDANT})
    @Operation(operationId = "cancelCorrection", summary = "Withdraw a request not answered yet (CANCELLED)",
            description = "By the side that asked.\n\nRoles: doctor, partner, correspondant.")
    @APIResponse(responseCode = "200", description = "Done",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CorrectionView.class)),
            headers = @Header(name = HttpHeaders.ETAG, description = "The request's new version", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "403", description = "A doctor, or a partner settling a request it did not make")
    @APIResponse(responseCode = "404", description = "No such case or request among those you can see")
    @APIResponse(responseCode = "409", description = "The request does not stand where this step starts")
    public Response cancel(@PathParam("id") UUID caseId, @PathParam("correctionId") UUID correctionId,
            @Parameter(description = IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return ok(corrections.cancel(caseId, correctionId, ifMatch));
    }

    private static Response ok(CorrectionService.Changed changed) {
        return VersionEtag.ok(changed.correction(), changed.version());
    }
}
