package fr.guichet.cases.document;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import fr.guichet.cases.policy.Roles;
import fr.guichet.common.problem.ProblemException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

@Path("/cases/{id}/documents")
@Tag(name = "Documents", description = "PDF, JPEG or PNG documents of the case file, 10 MB at most")
@SecurityRequirement(name = "bearer")
public class DocumentResource {

    @Inject
    DocumentService documents;

    @POST
    @RolesAllowed({Roles.DOCTOR, Roles.PARTNER, Roles.CORRESPONDANT})
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "uploadDocument", summary = "Upload a document, optionally attached to a task",
            description = "Multipart field `file`; the optional `taskId` attaches it to a task. The type is read from the "
                    + "content, not the name: PDF, JPEG or PNG. 10 MB at most. A partner attaches its documents to one of "
                    + "its own tasks.\n\nRoles: doctor, partner, correspondant.")
    @APIResponse(responseCode = "201", description = "Stored, with its SHA-256",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DocumentService.DocumentView.class)),
            headers = @Header(name = HttpHeaders.LOCATION, description = "The document's address",
                    schema = @Schema(type = SchemaType.STRING, format = "uri-reference")))
    @APIResponse(responseCode = "400", description = "No file, a taskId of another case, or a partner's document without taskId")
    @APIResponse(responseCode = "403", description = "A partner attaching to another organisation's task")
    @APIResponse(responseCode = "404", description = "No such case among those you can see")
    @APIResponse(responseCode = "409", description = "The case was anonymised")
    @APIResponse(responseCode = "413", description = "Over 10 MB")
    @APIResponse(responseCode = "415", description = "Not a PDF, JPEG or PNG")
    public Response upload(@PathParam("id") UUID caseId,
            @RestForm("file") @Schema(type = SchemaType.STRING, format = "binary", required = true) FileUpload file,
            @RestForm("taskId") @Schema(type = SchemaType.STRING, format = "uuid",
                    description = "The task the document is for (a partner's must be one of its own)") String taskId) {
        if (file == null) {
            throw ProblemException.invalid("file", "is required (multipart field 'file')");
        }
        DocumentService.DocumentView stored = documents.store(caseId, file.uploadedFile(), file.fileName(), taskId(taskId));
        return Response.created(URI.create("/cases/" + caseId + "/documents/" + stored.id())).entity(stored).build();
    }

    @GET
    @RolesAllowed({Roles.DOCTOR, Roles.PARTNER, Roles.CORRESPONDANT})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listDocuments", summary = "The documents of the case, without their content",
            description = "A partner sees only the documents attached to its own tasks.\n\nRoles: doctor, partner, correspondant.")
    @APIResponse(responseCode = "200", description = "The documents")
    @APIResponse(responseCode = "404", description = "No such case among those you can see")
    public List<DocumentService.DocumentView> list(@PathParam("id") UUID caseId) {
        return documents.list(caseId);
    }

    @GET
    @Path("/{documentId}")
    @RolesAllowed({Roles.DOCTOR, Roles.PARTNER, Roles.CORRESPONDANT})
    @Produces({"application/pdf", "image/jpeg", "image/png"})
    @Operation(operationId = "downloadDocument", summary = "Download a document", description = "Roles: doctor, partner, correspondant.")
    @APIResponse(responseCode = "200", description = "The document", content = {
            @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary"))},
            headers = @Header(name = "Content-Disposition", description = "attachment, with the file's name",
                    schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", description = "No such case or document (for a partner: none of its own tasks')")
    public Response download(@PathParam("id") UUID caseId, @PathParam("documentId") UUID documentId) {
        DocumentService.Download download = documents.download(caseId, documentId);
        String name = download.filename() == null ? documentId.toString() : download.filename().replaceAll("[^A-Za-z0-9._-]", "_");
        return Response.ok(download.content(), download.mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"").build();
    }

    private static UUID taskId(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("taskId", "must be a task id");
        }
    }
}
