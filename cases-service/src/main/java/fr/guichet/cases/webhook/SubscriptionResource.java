package fr.guichet.cases.webhook;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import fr.guichet.cases.policy.Roles;
import fr.guichet.common.api.Page;
import fr.guichet.common.api.QueryParams;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

@Path("/webhooks/subscriptions")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.PARTNER)
@Tag(name = "Webhooks", description = "Partner organisations' endpoints, signed per the Standard Webhooks specification")
@SecurityRequirement(name = "bearer")
public class SubscriptionResource {

    @Inject
    SubscriptionService subscriptions;

    /** How many deliveries a replay queued. */
    public record ReplayQueued(int queued) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createWebhookSubscription", summary = "Subscribe an endpoint of your organisation to event types",
            description = "Event types: case.created, case.status_changed, task.assigned, task.updated, document.added, "
                    + "message.posted, aid.status_changed, correction.requested, correction.status_changed. The endpoint must be https on a public address. The answer "
                    + "carries the signing secret (whsec_…), shown this once only.\n\nRoles: partner.")
    @APIResponse(responseCode = "201", description = "Subscribed; the body has the secret",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SubscriptionView.class)),
            headers = @Header(name = HttpHeaders.LOCATION, description = "The subscription's address",
                    schema = @Schema(type = SchemaType.STRING, format = "uri-reference")))
    @APIResponse(responseCode = "400", description = "Not https, a private or unresolvable address, or an unknown event type")
    @APIResponse(responseCode = "403", description = "Not a partner application")
    public Response create(@Valid @NotNull SubscriptionRequests.NewSubscription request) {
        SubscriptionView created = subscriptions.create(request);
        return Response.created(URI.create("/webhooks/subscriptions/" + created.id())).entity(created).build();
    }

    @GET
    @Operation(operationId = "listWebhookSubscriptions", summary = "Your organisation's subscriptions (never their secrets)",
            description = "Roles: partner.")
    public List<SubscriptionView> list() {
        return subscriptions.list();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getWebhookSubscription", summary = "One of your organisation's subscriptions (never its secret)",
            description = "Roles: partner.")
    @APIResponse(responseCode = "200", description = "The subscription",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SubscriptionView.class)))
    @APIResponse(responseCode = "404", description = "No such subscription of your organisation")
    public SubscriptionView get(@PathParam("id") UUID id) {
        return subscriptions.get(id);
    }

    @PATCH
    @Path("/{id}")
    @Consumes({"application/merge-patch+json", MediaType.APPLICATION_JSON})
    @Operation(operationId = "updateWebhookSubscription", summary = "Pause or resume a subscription, or change its event types",
            description = "While paused, its events wait and leave in order when it resumes. A subscription disabled "
                    + "because its endpoint answered 410 Gone is resumed the same way.\n\nRoles: partner.")
    @RequestBody(required = true, content = {
            @Content(mediaType = "application/merge-patch+json", schema = @Schema(implementation = SubscriptionRequests.SubscriptionChange.class)),
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SubscriptionRequests.SubscriptionChange.class))})
    @APIResponse(responseCode = "200", description = "Changed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SubscriptionView.class)))
    @APIResponse(responseCode = "404", description = "No such subscription of your organisation")
    public SubscriptionView change(@PathParam("id") UUID id, @Valid @NotNull SubscriptionRequests.SubscriptionChange change) {
        return subscriptions.change(id, change);
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deleteWebhookSubscription", summary = "Unsubscribe; what was still to be delivered is dropped",
            description = "Roles: partner.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such subscription of your organisation")
    public void delete(@PathParam("id") UUID id) {
        subscriptions.delete(id);
    }

    @POST
    @Path("/{id}/secret")
    @Operation(operationId = "rotateWebhookSecret", summary = "Rotate the signing secret",
            description = "The new secret is in the answer, this once. The old one keeps signing beside it (two v1 "
                    + "signatures in webhook-signature) until previousSecretUntil, 24 hours by default.\n\nRoles: partner.")
    @APIResponse(responseCode = "200", description = "The subscription with its new secret",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SubscriptionView.class)))
    @APIResponse(responseCode = "404", description = "No such subscription of your organisation")
    public SubscriptionView rotateSecret(@PathParam("id") UUID id) {
        return subscriptions.rotateSecret(id);
    }

    @GET
    @Path("/{id}/deliveries")
    @Operation(operationId = "listWebhookDeliveries", summary = "The delivery log, newest first: attempts, last status, latency, last error, next attempt",
            description = "Roles: partner.")
    @APIResponse(responseCode = "200", description = "One page of deliveries; follow nextCursor for the next")
    @APIResponse(responseCode = "404", description = "No such subscription of your organisation")
    public Page<DeliveryView> deliveries(@PathParam("id") UUID id, @QueryParam("limit") String limit,
            @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor") String cursor) {
        return subscriptions.deliveries(id, cursor, QueryParams.limit(limit));
    }

    @POST
    @Path("/{id}/replay")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "replayWebhookEvents", summary = "Send again the events of a time range (31 days at most) that your organisation may see",
            description = "Roles: partner.")
    @APIResponse(responseCode = "202", description = "Queued; `queued` says how many deliveries",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReplayQueued.class)))
    @APIResponse(responseCode = "404", description = "No such subscription of your organisation")
    public Response replay(@PathParam("id") UUID id, @Valid @NotNull SubscriptionRequests.Replay replay) {
        return Response.accepted(new ReplayQueued(subscriptions.replay(id, replay))).build();
    }
}
