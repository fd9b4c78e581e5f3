package fr.guichet.cases.message;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import fr.guichet.cases.policy.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The thread between the professional and the correspondant; internal notes are staff-only. Messages are
 * appended, never edited, so they need no If-Match.
 */
@Path("/cases/{id}/messages")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Messages", description = "The professional's thread with the guichet, and staff notes")
@SecurityRequirement(name = "bearer")
public class MessageResource {

    @Inject
    MessageService messages;

    @Schema(example = """
            {"body": "Bonjour, le bail du cabinet est signé, je vous l'envoie.", "internal": false, "toPartners": true}""")
    public record NewMessage(@NotBlank @Size(max = 5000) String body, Boolean internal, Boolean toPartners) {
    }

    @GET
    @RolesAllowed({Roles.DOCTOR, Roles.PARTNER, Roles.CORRESPONDANT})
    @Operation(operationId = "listMessages", summary = "The thread, oldest first (internal notes for correspondants only)",
            description = "A partner reads only the messages addressed to partners (toPartners), its own among them.\n\nRoles: doctor, partner, correspondant.")
    @APIResponse(responseCode = "200", description = "The messages")
    @APIResponse(responseCode = "404", description = "No such case among those you can see")
    public List<MessageService.MessageView> list(@PathParam("id") UUID id) {
        return messages.list(id);
    }

    @POST
    @RolesAllowed({Roles.DOCTOR, Roles.PARTNER, Roles.CORRESPONDANT})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "postMessage", summary = "Write in the thread; a correspondant may mark a note internal",
            description = "toPartners addresses the message to the partners at the case's table as well; a partner's "
                    + "messages always are (and the professional and the guichet read them).\n\nRoles: doctor, partner, correspondant.")
    @APIResponse(responseCode = "201", description = "Posted",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MessageService.MessageView.class)),
            headers = @Header(name = HttpHeaders.LOCATION, description = "The message's address",
                    schema = @Schema(type = SchemaType.STRING, format = "uri-reference")))
    @APIResponse(responseCode = "400", description = "Empty or too long, or an internal note addressed to partners")
    @APIResponse(responseCode = "403", description = "A doctor writing an internal note")
    @APIResponse(responseCode = "404", description = "No such case among those you can see")
    @APIResponse(responseCode = "409", description = "The case was anonymised")
    public Response post(@PathParam("id") UUID id, @Valid @NotNull NewMessage request) {
        MessageService.MessageView message = messages.post(id, request.body(), Boolean.TRUE.equals(request.internal()),
                Boolean.TRUE.equals(request.toPartners()));
        return Response.created(URI.create("/cases/" + id + "/messages/" + message.id())).entity(message).build();
    }
}
