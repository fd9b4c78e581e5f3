package fr.guichet.cases.request;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import fr.guichet.cases.request.RequestInputs.Submission;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The public form's entry: anyone may ask the guichet a question. Against robots, a honeypot rather than a proof of
 * work or a captcha: the desk's pages work without JavaScript (design.md), which a proof of work needs; a captcha
 * fails people with disabilities (RGAA) and sends visitors' data to a third party. The form hides a {@code website}
 * field that people never see nor fill; robots, which fill every field, do. Their submission is answered exactly as
 * a person's (202) so that they learn nothing, and dropped. The gateway limits each address to a few submissions.
 */
@Path("/requests/submissions")
@Tag(name = "Requests")
public class SubmissionResource {

    /** What the form shows once sent, the same for every submission accepted. */
    @Schema(name = "SubmissionReceipt")
    public record Receipt(String message) {
        static final Receipt SENT = new Receipt("Votre demande a bien été reçue : un correspondant de votre département "
                + "vous répondra.");
    }

    @Inject
    QuickRequestService requests;

    @POST
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "submitQuickRequest", summary = "Ask the guichet a question (the public form)",
            description = "The request reaches the correspondants of the department (the commune's, or the one given), "
                    + "open and assigned to no one. Leave `website` empty. Rate-limited per address at the gateway. Names, "
                    + "contact and question are erased after the retention period.\n\nPublic.")
    @APIResponse(responseCode = "202", description = "Received",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Receipt.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, or neither commune nor department")
    public Response submit(@Valid @NotNull Submission submission) {
        if (submission.website() == null || submission.website().isEmpty()) {
            requests.submit(submission);
        }
        return Response.accepted(Receipt.SENT).build();
    }
}
