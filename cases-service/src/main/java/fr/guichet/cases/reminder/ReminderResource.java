package fr.guichet.cases.reminder;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * The link at the foot of every digest. Public: whoever holds the mail holds the signed token. The same address
 * answers the mail clients' one-click unsubscribe (RFC 8058: a POST, announced by the List-Unsubscribe-Post header).
 */
@Path("/reminders/unsubscribe")
@Tag(name = "Reminders", description = "The daily e-mail digests of deadlines")
public class ReminderResource {

    private static final String TOKEN = "The token of the link at the foot of a digest";

    @Inject
    Unsubscriptions unsubscriptions;

    @GET
    @PermitAll
    @Produces(MediaType.TEXT_PLAIN)
    @Operation(operationId = "unsubscribeRemindersByLink", summary = "Stop the reminders, from the link of a digest",
            description = "The address the token names receives no more digests; answers a sentence in French. Doing it "
                    + "again changes nothing.\n\nPublic.")
    @APIResponse(responseCode = "200", description = "Unsubscribed", content = @Content(mediaType = MediaType.TEXT_PLAIN,
            schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", description = "A token the guichet did not sign")
    public String unsubscribeByLink(@Parameter(description = TOKEN, required = true,
            schema = @Schema(type = SchemaType.STRING, maxLength = 1000)) @QueryParam("token") String token) {
        return "C'est noté : l'adresse " + unsubscriptions.unsubscribe(token)
                + " ne recevra plus les rappels du guichet unique d'installation.";
    }

    @POST
    @PermitAll
    @Operation(operationId = "unsubscribeReminders", summary = "Stop the reminders (one-click, RFC 8058)",
            description = "What mail clients call for the List-Unsubscribe-Post header of a digest: the address the token "
                    + "names receives no more digests. Doing it again changes nothing.\n\nPublic.")
    @APIResponse(responseCode = "204", description = "Unsubscribed")
    @APIResponse(responseCode = "400", description = "A token the guichet did not sign")
    public void unsubscribe(@Parameter(description = TOKEN, required = true,
            schema = @Schema(type = SchemaType.STRING, maxLength = 1000)) @QueryParam("token") String token) {
        unsubscriptions.unsubscribe(token);
    }
}
