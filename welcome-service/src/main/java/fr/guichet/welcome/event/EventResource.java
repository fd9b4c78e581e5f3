package fr.guichet.welcome.event;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
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

import fr.guichet.common.api.Page;
import fr.guichet.common.api.QueryParams;
import fr.guichet.common.api.VersionEtag;
import fr.guichet.common.time.GuichetClock;
import fr.guichet.welcome.event.EventInputs.EventInput;
import fr.guichet.welcome.policy.Roles;
import jakarta.annotation.security.PermitAll;
import fr.guichet.store.idempotency.IdempotencyKeyHeader;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

@Path("/events")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Events", description = "Welcome days and evenings, forums, round tables, practice visits and online sessions "
        + "for students, interns and replacement doctors")
public class EventResource {

    private static final String ETAG_DESCRIPTION = "The event's version, for the next If-Match";

    @Inject
    EventService events;

    @Inject
    Clock clock;

    @POST
    @RolesAllowed(Roles.ORGANISER)
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "createEvent", summary = "Create an event, as a draft of your organisation",
            description = "The event belongs to your organisation (your token's organiser_org) and must take place in one of "
                    + "your territory's departments. It stays a draft, seen by you and the department's correspondants only, "
                    + "until you publish it.\n\nRoles: organiser.")
    @APIResponse(responseCode = "201", description = "Created as a draft",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EventView.class)),
            headers = {@Header(name = HttpHeaders.LOCATION, description = "The event's address",
                    schema = @Schema(type = SchemaType.STRING, format = "uri-reference")),
                    @Header(name = HttpHeaders.ETAG, description = ETAG_DESCRIPTION, schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "400", description = "Invalid fields: dates, place or online link, audience, capacity")
    @APIResponse(responseCode = "403", description = "A department outside your territory, or an account bound to no organisation")
    @APIResponse(responseCode = "409", description = "The Idempotency-Key was used with another body")
    public Response create(@BeanParam IdempotencyKeyHeader idempotencyKey, @Valid @NotNull EventInput input) {
        EventView view = events.create(input, idempotencyKey.checked());
        return VersionEtag.created(URI.create("/events/" + view.id()), view, view.version());
    }

    @GET
    @PermitAll
    @Operation(operationId = "listEvents", summary = "The published events to come, soonest first",
            description = "Events not yet ended, by start. Filters combine.\n\nPublic.")
    @APIResponse(responseCode = "200", description = "One page; follow nextCursor for the next")
    @APIResponse(responseCode = "400", description = "An invalid filter or cursor")
    public Page<EventView> list(
            @Parameter(description = "A department code", example = "41",
                    schema = @Schema(type = SchemaType.STRING, pattern = EventInputs.DEPARTMENT)) @QueryParam("department") String department,
            @Parameter(description = "Events still running on or after this French date (default today)",
                    schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("from") String from,
            @Parameter(schema = @Schema(implementation = EventKind.class)) @QueryParam("kind") String kind,
            @QueryParam("limit") String limit,
            @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor") String cursor) {
        LocalDate fromDay = QueryParams.date("from", from, LocalDate.now(clock));
        EventFilter filter = new EventFilter(
                QueryParams.matching("department", department, EventInputs.DEPARTMENT, "a department code such as 41"),
                GuichetClock.startOfDay(fromDay), QueryParams.enumValue("kind", kind, EventKind.class));
        return events.listPublished(filter, cursor, QueryParams.limit(limit));
    }

    @GET
    @Path("/managed")
    @RolesAllowed({Roles.ORGANISER, Roles.CORRESPONDANT})
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "listManagedEvents", summary = "The events you hold or oversee, drafts included, latest first",
            description = "An organiser sees its organisation's events; a correspondant, every event of the departments they "
                    + "cover.\n\nRoles: correspondant, organiser.")
    @APIResponse(responseCode = "200", description = "One page; follow nextCursor for the next")
    @APIResponse(responseCode = "400", description = "An invalid filter or cursor")
    public Page<EventView> listManaged(
            @Parameter(schema = @Schema(implementation = EventStatus.class)) @QueryParam("status") String status,
            @QueryParam("limit") String limit,
            @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor") String cursor) {
        return events.listManaged(QueryParams.enumValue("status", status, EventStatus.class), cursor, QueryParams.limit(limit));
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @Operation(operationId = "getEvent", summary = "One event, with its places left; its ETag is the version for If-Match",
            description = "Anyone reads a published (or cancelled) event; a draft only its organisers and the correspondants "
                    + "of its department, with their token.\n\nPublic.")
    @APIResponse(responseCode = "200", description = "The event",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EventView.class)),
            headers = @Header(name = HttpHeaders.ETAG, description = ETAG_DESCRIPTION, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", description = "A malformed id")
    @APIResponse(responseCode = "404", description = "No such event among those you may see")
    public Response get(@PathParam("id") UUID id) {
        EventView view = events.get(id);
        return VersionEtag.ok(view, view.version());
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.ORGANISER)
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "replaceEvent", summary = "Change an event of your organisation",
            description = "The whole description is sent again. Adding places confirms as many people of the waiting list, "
                    + "in order, and tells them by e-mail; the capacity cannot go below the places already confirmed. A "
                    + "cancelled event changes no more.\n\nRoles: organiser.")
    @APIResponse(responseCode = "200", description = "Changed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EventView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields")
    @APIResponse(responseCode = "403", description = "Another organisation's event, or a department outside your territory")
    @APIResponse(responseCode = "404", description = "No such event among those you may see")
    @APIResponse(responseCode = "409", description = "A cancelled event, or a capacity below the places confirmed")
    public Response replace(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull EventInput input) {
        EventView view = events.replace(id, ifMatch, input);
        return VersionEtag.ok(view, view.version());
    }

    @POST
    @Path("/{id}/publication")
    @RolesAllowed(Roles.ORGANISER)
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "publishEvent", summary = "Publish a draft: it opens to the public and to registrations",
            description = "Roles: organiser.")
    @APIResponse(responseCode = "200", description = "Published",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EventView.class)))
    @APIResponse(responseCode = "403", description = "Another organisation's event")
    @APIResponse(responseCode = "404", description = "No such event among those you may see")
    @APIResponse(responseCode = "409", description = "Not a draft")
    @APIResponse(responseCode = "422", description = "The event has already started")
    public Response publish(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        EventView view = events.publish(id, ifMatch);
        return VersionEtag.ok(view, view.version());
    }

    @POST
    @Path("/{id}/cancellation")
    @RolesAllowed(Roles.ORGANISER)
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "cancelEvent", summary = "Cancel an event; its registrants are told by e-mail",
            description = "Roles: organiser.")
    @APIResponse(responseCode = "200", description = "Cancelled",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EventView.class)))
    @APIResponse(responseCode = "403", description = "Another organisation's event")
    @APIResponse(responseCode = "404", description = "No such event among those you may see")
    @APIResponse(responseCode = "409", description = "Already cancelled")
    public Response cancel(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        EventView view = events.cancel(id, ifMatch);
        return VersionEtag.ok(view, view.version());
    }
}
