package fr.guichet.cases.folder;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import fr.guichet.cases.policy.Roles;
import fr.guichet.common.api.VersionEtag;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

@Path("/cases/{id}/folder")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Cases", description = "Installation case files")
@SecurityRequirement(name = "bearer")
public class CaseFolderResource {

    @Inject
    CaseFolderService folders;

    /** Roles: doctor, partner, correspondant. */
    @GET
    @RolesAllowed({Roles.DOCTOR, Roles.PARTNER, Roles.CORRESPONDANT})
    @Operation(operationId = "getCaseFolder", summary = "The case with everything on it, in one read",
            description = "The case, its tasks, installation plan, aids, history, messages, documents and correction "
                    + "requests, each part exactly as its own operation answers you, read at one instant: for a screen "
                    + "that shows a case whole. Its ETag is the case's version, as getCase's.\n\n"
                    + "Roles: doctor, partner, correspondant.")
    @APIResponse(responseCode = "200", description = "The case and everything on it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseFolder.class)),
            headers = @Header(name = HttpHeaders.ETAG, description = "The case's version, for the next If-Match",
                    schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", description = "A malformed id")
    @APIResponse(responseCode = "404", description = "No such case among those you can see")
    public Response get(@PathParam("id") UUID id) {
        CaseFolder folder = folders.folder(id);
        return VersionEtag.ok(folder, folder.caseView().version());
    }
}
