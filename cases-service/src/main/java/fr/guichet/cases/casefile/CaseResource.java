package fr.guichet.cases.casefile;

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

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import fr.guichet.cases.casefile.CaseRequests.Assignment;
import fr.guichet.cases.casefile.CaseRequests.CaseChanges;
import fr.guichet.cases.casefile.CaseRequests.NewCase;
import fr.guichet.cases.casefile.ProjectTerms.Channel;
import fr.guichet.cases.policy.Caller;
import fr.guichet.cases.policy.Roles;
import fr.guichet.cases.workflow.CaseStatus;
import fr.guichet.common.api.Page;
import fr.guichet.common.api.QueryParams;
import fr.guichet.common.api.VersionEtag;
import fr.guichet.common.problem.ProblemException;
import fr.guichet.common.time.GuichetClock;
import fr.guichet.store.idempotency.IdempotencyKeys;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

@Path("/cases")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Cases", description = "Installation case files")
@SecurityRequirement(name = "bearer")
public class CaseResource {

    private static final String DEPARTMENT = "^(\\d{2,3}|2[AB])$";
    private static final String MERGE_PATCH = "application/merge-patch+json";

    @Inject
    CaseService cases;

    @Inject
    Caller caller;

    @Inject
    ObjectMapper json;

    @Inject
    Validator validator;

    @POST
    @RolesAllowed({Roles.DOCTOR, Roles.PARTNER, Roles.CORRESPONDANT})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createCase", summary = "Open a case file",
            description = "A doctor opens one for themselves (their RPPS comes from their token), a partner or correspondant "
                    + "on someone's behalf. With an Idempotency-Key, a retry with the same body gets the first answer and "
                    + "another body 409; partners must send one.\n\nRoles: doctor, partner, correspondant.")
    @APIResponse(responseCode = "201", description = "Created (or the first answer to this Idempotency-Key)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseView.class)),
            headers = {@Header(name = HttpHeaders.LOCATION, description = "The case's address",
                    schema = @Schema(type = SchemaType.STRING, format = "uri-reference")),
                    @Header(name = HttpHeaders.ETAG, description = "The case's version, for the next If-Match",
                            schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "400", description = "Invalid fields, e.g. an RPPS whose check digit is wrong")
    @APIResponse(responseCode = "403", description = "A correspondant outside their departments, or a doctor without RPPS")
    @APIResponse(responseCode = "409", description = "The Idempotency-Key was used with another body")
    public Response create(
            @Parameter(description = IdempotencyKeys.DESCRIPTION + " (required for partners)",
                    schema = @Schema(type = SchemaType.STRING, pattern = "^" + IdempotencyKeys.PATTERN + "$"))
            @HeaderParam(IdempotencyKeys.HEADER) String key,
            @Valid @NotNull NewCase request) {
        if (key == null && caller.is(Caller.Role.PARTNER)) {
            throw ProblemException.invalid(IdempotencyKeys.HEADER, "is required for partner applications");
        }
        CaseView created = cases.create(request, IdempotencyKeys.checked(key));
        return VersionEtag.created(URI.create("/cases/" + created.id()), created, created.version());
    }

    @GET
    @RolesAllowed({Roles.DOCTOR, Roles.PARTNER, Roles.CORRESPONDANT})
    @Operation(operationId = "listCases", summary = "The cases you can see, newest first",
            description = "A doctor sees their own cases, a correspondant those of their departments, a partner those it "
                    + "created and those on which its organisation owns a task (from the joint session on). `q` is a "
                    + "reference (GU-…) or the start of a last name. `mine=tasks` (partners only) gives the cases where the "
                    + "partner's organisation has a task to do, sorted by the earliest due date of those tasks.\n\nRoles: doctor, partner, correspondant.")
    @APIResponse(responseCode = "200", description = "One page; follow nextCursor for the next")
    @APIResponse(responseCode = "400", description = "An invalid filter, or mine=tasks from someone other than a partner")
    public Page<CaseView.Summary> list(
            @Parameter(schema = @Schema(implementation = CaseStatus.class)) @QueryParam("status") String status,
            @Parameter(description = "Department code", example = "48",
                    schema = @Schema(type = SchemaType.STRING, pattern = DEPARTMENT)) @QueryParam("department") String department,
            @Parameter(description = "The correspondant the case is assigned to",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 100)) @QueryParam("assignee") String assignee,
            @Parameter(schema = @Schema(implementation = Profession.class)) @QueryParam("profession") String profession,
            @Parameter(schema = @Schema(implementation = Channel.class)) @QueryParam("channel") String channel,
            @Parameter(description = "A reference (GU-…) or the start of a last name",
                    schema = @Schema(type = SchemaType.STRING, minLength = 1, maxLength = 100)) @QueryParam("q") String text,
            @Parameter(description = "Created on or after this French date",
                    schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("createdFrom") String createdFrom,
            @Parameter(description = "Created on or before this French date",
                    schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("createdTo") String createdTo,
            @Parameter(description = "tasks: the cases where your organisation has an open task, earliest due first (partners)",
                    schema = @Schema(type = SchemaType.STRING, enumeration = "tasks")) @QueryParam("mine") String mine,
            @QueryParam("limit") String limit,
            @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor") String cursor) {
        CaseFilter filter = new CaseFilter(
                QueryParams.enumValue("status", status, CaseStatus.class),
                QueryParams.matching("department", department, DEPARTMENT, "a department code such as 02"),
                QueryParams.text("assignee", assignee, 0, 100),
                QueryParams.enumValue("profession", profession, Profession.class),
                QueryParams.enumValue("channel", channel, Channel.class),
                QueryParams.text("q", text, 1, 100),
                startOfDay(QueryParams.date("createdFrom", createdFrom, null), 0),
                startOfDay(QueryParams.date("createdTo", createdTo, null), 1));
        if (mine == null) {
            return cases.list(filter, cursor, QueryParams.limit(limit));
        }
        if (!mine.equals("tasks")) {
            throw ProblemException.invalid("mine", "must be tasks");
        }
        return cases.withMyOpenTasks(filter, cursor, QueryParams.limit(limit));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.DOCTOR, Roles.PARTNER, Roles.CORRESPONDANT})
    @Operation(operationId = "getCase", summary = "One case file; its ETag is the version to send in If-Match",
            description = "Roles: doctor, partner, correspondant.")
    @APIResponse(responseCode = "400", description = "A malformed id")
    @APIResponse(responseCode = "200", description = "The case",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseView.class)),
            headers = @Header(name = HttpHeaders.ETAG, description = "The case's version, for the next If-Match",
                    schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", description = "No such case among those you can see")
    public Response get(@PathParam("id") UUID id) {
        return withEtag(cases.get(id));
    }

    @PATCH
    @Path("/{id}")
    @RolesAllowed({Roles.DOCTOR, Roles.PARTNER, Roles.CORRESPONDANT})
    @Consumes({MERGE_PATCH, MediaType.APPLICATION_JSON})
    @Operation(operationId = "updateCase", summary = "Change the professional's contact or the project (JSON merge patch)",
            description = "RFC 7396: fields left out stay as they are, a field set to null is cleared (the name, e-mail, career "
                    + "stage and target commune cannot be), any other value replaces the current one.\n\nRoles: doctor, partner, correspondant.")
    @RequestBody(required = true, content = {@Content(mediaType = MERGE_PATCH, schema = @Schema(implementation = CaseChanges.class)),
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseChanges.class))})
    @APIResponse(responseCode = "200", description = "Changed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, clearing a field the case cannot do without, or a malformed id")
    @APIResponse(responseCode = "403", description = "A partner, or a commune outside your departments")
    @APIResponse(responseCode = "404", description = "No such case among those you can see")
    @APIResponse(responseCode = "409", description = "The case is closed or abandoned")
    public Response change(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull JsonNode patch) throws JsonProcessingException {
        return withEtag(cases.change(id, ifMatch, CasePatch.read(patch, json, validator)));
    }

    @PUT
    @Path("/{id}/assignee")
    @RolesAllowed({Roles.DOCTOR, Roles.PARTNER, Roles.CORRESPONDANT})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "assignCase", summary = "Assign the case to a correspondant",
            description = "Roles: doctor, partner, correspondant.")
    @APIResponse(responseCode = "200", description = "Assigned",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseView.class)))
    @APIResponse(responseCode = "400", description = "No assignee, or a malformed id")
    @APIResponse(responseCode = "404", description = "No such case among those you can see")
    public Response assign(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull Assignment assignment) {
        return withEtag(cases.assign(id, ifMatch, assignment.assignee()));
    }

    static Response withEtag(CaseView view) {
        return VersionEtag.ok(view, view.version());
    }

    private static Instant startOfDay(LocalDate date, int plusDays) {
        return date == null ? null : GuichetClock.startOfDay(date.plusDays(plusDays));
    }
}
