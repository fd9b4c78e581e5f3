package fr.guichet.cases.request;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import fr.guichet.cases.casefile.CaseView;
import fr.guichet.cases.policy.Roles;
import fr.guichet.cases.request.RequestInputs.CaseFromRequest;
import fr.guichet.cases.request.RequestInputs.NewQuickRequest;
import fr.guichet.cases.request.RequestInputs.RequestChanges;
import fr.guichet.common.api.Page;
import fr.guichet.common.api.QueryParams;
import fr.guichet.common.api.VersionEtag;
import fr.guichet.common.time.GuichetClock;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

@Path("/requests")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Requests", description = "Quick requests (sollicitations): questions answered, oriented, or turned into cases")
@SecurityRequirement(name = "bearer")
public class QuickRequestResource {

    private static final String MERGE_PATCH = "application/merge-patch+json";
    private static final String ETAG_DESCRIPTION = "The request's version, for the next If-Match";

    @Inject
    QuickRequestService requests;

    @Inject
    CaseOpeningService caseOpening;

    @POST
    @RolesAllowed(Roles.CORRESPONDANT)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "logQuickRequest", summary = "Log a request, and settle it in the same call if it is answered",
            description = "A phone call answered is one call: the question, the answer and the outcome (ANSWERED, ORIENTED "
                    + "with the partner organisation, CLOSED, or OPEN to answer later; by default ANSWERED when an answer is "
                    + "given, else OPEN). `receivedAt` and `answeredAt` default to now; give them for a call taken earlier. "
                    + "The department is the commune's when a commune is given. The request is assigned to you.\n\n"
                    + "Roles: correspondant.")
    @APIResponse(responseCode = "201", description = "Logged",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = QuickRequestView.class)),
            headers = {@Header(name = HttpHeaders.LOCATION, description = "The request's address",
                    schema = @Schema(type = SchemaType.STRING, format = "uri-reference")),
                    @Header(name = HttpHeaders.ETAG, description = ETAG_DESCRIPTION, schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "400", description = "Invalid fields, an outcome without what it needs (an answer, a "
            + "partner organisation), a date in the future")
    @APIResponse(responseCode = "403", description = "A department you do not cover")
    public Response log(@Valid @NotNull NewQuickRequest request) {
        QuickRequestView view = requests.log(request);
        return VersionEtag.created(URI.create("/requests/" + view.id()), view, view.version());
    }

    @GET
    @RolesAllowed(Roles.CORRESPONDANT)
    @Operation(operationId = "listQuickRequests", summary = "The requests of your departments, newest first",
            description = "Filters combine; `q` searches the question and the answer in French (\"installer\" finds "
                    + "\"installation\"; quotes for a phrase, - to exclude a word).\n\nRoles: correspondant.")
    @APIResponse(responseCode = "200", description = "One page; follow nextCursor for the next")
    @APIResponse(responseCode = "400", description = "An invalid filter or cursor")
    public Page<QuickRequestView> list(
            @Parameter(schema = @Schema(implementation = RequestStatus.class)) @QueryParam("status") String status,
            @Parameter(schema = @Schema(implementation = RequestChannel.class)) @QueryParam("channel") String channel,
            @Parameter(schema = @Schema(implementation = RequestSubject.class)) @QueryParam("subject") String subject,
            @Parameter(description = "The correspondant who took the request",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 100)) @QueryParam("assignee") String assignee,
            @Parameter(description = "One of your departments", example = "02",
                    schema = @Schema(type = SchemaType.STRING, pattern = RequestInputs.DEPARTMENT)) @QueryParam("department") String department,
            @Parameter(description = "Received on or after this French date",
                    schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("receivedFrom") String receivedFrom,
            @Parameter(description = "Received on or before this French date",
                    schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("receivedTo") String receivedTo,
            @Parameter(description = "Words searched in French in the question and the answer",
                    schema = @Schema(type = SchemaType.STRING, minLength = 1, maxLength = 200)) @QueryParam("q") String text,
            @QueryParam("limit") String limit,
            @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor") String cursor) {
        RequestFilter filter = new RequestFilter(
                QueryParams.enumValue("status", status, RequestStatus.class),
                QueryParams.enumValue("channel", channel, RequestChannel.class),
                QueryParams.enumValue("subject", subject, RequestSubject.class),
                QueryParams.text("assignee", assignee, 0, 100),
                QueryParams.matching("department", department, RequestInputs.DEPARTMENT, "a department code such as 02"),
                startOfDay(QueryParams.date("receivedFrom", receivedFrom, null), 0),
                startOfDay(QueryParams.date("receivedTo", receivedTo, null), 1),
                QueryParams.text("q", text, 1, 200));
        return requests.list(filter, cursor, QueryParams.limit(limit));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Roles.CORRESPONDANT)
    @Operation(operationId = "getQuickRequest", summary = "One request; its ETag is the version to send in If-Match",
            description = "Roles: correspondant.")
    @APIResponse(responseCode = "200", description = "The request",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = QuickRequestView.class)),
            headers = @Header(name = HttpHeaders.ETAG, description = ETAG_DESCRIPTION, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", description = "A malformed id")
    @APIResponse(responseCode = "404", description = "No such request among those of your departments")
    public Response get(@PathParam("id") UUID id) {
        return withEtag(requests.get(id));
    }

    @PATCH
    @Path("/{id}")
    @RolesAllowed(Roles.CORRESPONDANT)
    @Consumes({MERGE_PATCH, MediaType.APPLICATION_JSON})
    @Operation(operationId = "updateQuickRequest", summary = "Take, answer, orient or close a request",
            description = "Fields left out stay as they are. Take a request by naming yourself as its assignee; settle it with "
                    + "a status (ANSWERED needs an answer, ORIENTED a partner organisation); `answeredAt` defaults to now. "
                    + "A request that became a case changes no more.\n\nRoles: correspondant.")
    @RequestBody(required = true, content = {
            @Content(mediaType = MERGE_PATCH, schema = @Schema(implementation = RequestChanges.class)),
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RequestChanges.class))})
    @APIResponse(responseCode = "200", description = "Changed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = QuickRequestView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, or an outcome without what it needs")
    @APIResponse(responseCode = "404", description = "No such request among those of your departments")
    @APIResponse(responseCode = "409", description = "The request became a case, or was anonymised")
    public Response change(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull RequestChanges changes) {
        return withEtag(requests.change(id, ifMatch, changes));
    }

    @POST
    @Path("/{id}/case")
    @RolesAllowed(Roles.CORRESPONDANT)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "openCaseFromRequest", summary = "Open a case from a request, without retyping",
            description = "The request's facts prefill the case (names, contact, profession, career stage, commune, "
                    + "channel; its question and answer start the notes); give only what the case needs and the request "
                    + "lacks (at least the RPPS). The case names the request (fromRequest, and in its history) and the "
                    + "request the case (caseId, status CASE_OPENED). Like any change of the request, it needs its "
                    + "ETag in If-Match.\n\nRoles: correspondant.")
    @APIResponse(responseCode = "201", description = "The case opened",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseView.class)),
            headers = {@Header(name = HttpHeaders.LOCATION, description = "The case's address",
                    schema = @Schema(type = SchemaType.STRING, format = "uri-reference")),
                    @Header(name = HttpHeaders.ETAG, description = "The case's version, for the next If-Match",
                            schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "400", description = "A fact the case needs is missing from both the request and the body")
    @APIResponse(responseCode = "403", description = "A target commune outside your departments")
    @APIResponse(responseCode = "404", description = "No such request among those of your departments")
    @APIResponse(responseCode = "409", description = "The request already became a case, or was anonymised")
    public Response openCase(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull CaseFromRequest facts) {
        CaseView created = caseOpening.open(id, ifMatch, facts);
        return VersionEtag.created(URI.create("/cases/" + created.id()), created, created.version());
    }

    private static Response withEtag(QuickRequestView view) {
        return VersionEtag.ok(view, view.version());
    }

    private static Instant startOfDay(LocalDate date, int plusDays) {
        return date == null ? null : GuichetClock.startOfDay(date.plusDays(plusDays));
    }
}
