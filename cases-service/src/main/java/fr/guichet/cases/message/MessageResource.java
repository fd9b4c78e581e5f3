package fr.guichet.cases.message;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import fr.guichet.cases.casefile.CaseAccess;
import fr.guichet.cases.casefile.CaseFile;
import fr.guichet.cases.history.CaseEvent;
import fr.guichet.cases.history.CaseHistory;
import fr.guichet.cases.security.Caller;
import fr.guichet.cases.security.Roles;
import fr.guichet.common.problem.Problem;
import fr.guichet.common.problem.ProblemException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
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
    CaseAccess access;

    @Inject
    CaseHistory history;

    @Inject
    Caller caller;

    @Schema(example = """
            {"body": "Bonjour, le bail du cabinet est signé, je vous l'envoie.", "internal": false}""")
    public record NewMessage(@NotBlank @Size(max = 5000) String body, Boolean internal) {
    }

    public record MessageView(UUID id, String author, String authorRole, boolean internal, String body, Instant createdAt) {
        static MessageView of(CaseMessage m) {
            return new MessageView(m.id, m.author, m.authorRole, m.internal, m.body, m.createdAt);
        }
    }

    @GET
    @RolesAllowed({Roles.DOCTOR, Roles.CORRESPONDANT})
    @Operation(summary = "The thread, oldest first (internal notes for correspondants only)")
    @APIResponse(responseCode = "200", description = "The messages")
    @APIResponse(responseCode = "404", description = "No such case among those you can see")
    public List<MessageView> list(@PathParam("id") UUID id) {
        access.visible(id);
        String query = caller.is(Caller.Role.CORRESPONDANT) ? "caseId = ?1 order by createdAt, id"
                : "caseId = ?1 and internal = false order by createdAt, id";
        return CaseMessage.<CaseMessage>list(query, id).stream().map(MessageView::of).toList();
    }

    @POST
    @Transactional
    @RolesAllowed({Roles.DOCTOR, Roles.CORRESPONDANT})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Write in the thread; a correspondant may mark a note internal")
    @APIResponse(responseCode = "201", description = "Posted")
    @APIResponse(responseCode = "400", description = "Empty or too long")
    @APIResponse(responseCode = "403", description = "A doctor writing an internal note")
    @APIResponse(responseCode = "404", description = "No such case among those you can see")
    @APIResponse(responseCode = "409", description = "The case was anonymised")
    public Response post(@PathParam("id") UUID id, @Valid @NotNull NewMessage request) {
        CaseFile c = access.acceptingContent(id);
        boolean internal = Boolean.TRUE.equals(request.internal());
        if (internal && !caller.is(Caller.Role.CORRESPONDANT)) {
            throw new ProblemException(Problem.of(403, "Forbidden", "Only staff write internal notes."));
        }
        CaseMessage message = new CaseMessage();
        message.id = UUID.randomUUID();
        message.caseId = c.id;
        message.author = caller.name();
        message.authorRole = caller.role().name();
        message.internal = internal;
        message.body = request.body();
        message.createdAt = Instant.now();
        message.persist();
        history.record(c.id, caller.actor(), CaseEvent.Kind.MESSAGE_POSTED, internal ? CaseHistory.INTERNAL_NOTE : "message",
                null, message.id, null);
        return Response.created(URI.create("/cases/" + id + "/messages/" + message.id)).entity(MessageView.of(message)).build();
    }
}
