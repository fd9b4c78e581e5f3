package fr.guichet.cases.aid;

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
import fr.guichet.common.api.VersionEtag;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

@Path("/cases/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Case Aids", description = "Eligibility of the case's project, the aids selected for it and what became of them")
@SecurityRequirement(name = "bearer")
public class CaseAidResource {

    private static final String AID_CODE = "^[A-Z][A-Z0-9_]{1,39}$";

    @Inject
    CaseAidService aids;

    @Inject
    AidProgressService progress;

    @Schema(example = """
            {"code": "OCCITANIE_MONTAGNE"}""")
    public record AidSelection(@NotNull @Pattern(regexp = AID_CODE) String code) {
    }

    @GET
    @Path("/eligibility")
    @RolesAllowed({Roles.DOCTOR, Roles.PARTNER, Roles.CORRESPONDANT})
    @Operation(operationId = "getCaseEligibility", summary = "What aids-service's simulator says of the case's project",
            description = "Roles: doctor, partner, correspondant.")
    @APIResponse(responseCode = "200", description = "Every aid in force, explained")
    @APIResponse(responseCode = "404", description = "No such case among those you can see")
    @APIResponse(responseCode = "422", description = "aids-service refuses the project (e.g. an unknown commune)")
    @APIResponse(responseCode = "503", description = "aids-service is unavailable; Retry-After says when to try again")
    public Eligibility eligibility(@PathParam("id") UUID id) {
        return aids.eligibility(id);
    }

    @GET
    @Path("/aids")
    @RolesAllowed({Roles.DOCTOR, Roles.PARTNER, Roles.CORRESPONDANT})
    @Operation(operationId = "listCaseAids", summary = "The aids selected for the case",
            description = "Roles: doctor, partner, correspondant.")
    @APIResponse(responseCode = "200", description = "The selected aids")
    @APIResponse(responseCode = "404", description = "No such case among those you can see")
    public List<SelectedAid> selected(@PathParam("id") UUID id) {
        return aids.selected(id);
    }

    @POST
    @Path("/aids")
    @RolesAllowed({Roles.DOCTOR, Roles.PARTNER, Roles.CORRESPONDANT})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "selectCaseAid", summary = "Select an aid for the case, checked with the simulator",
            description = "After the joint session, the aid's ARS task opens.\n\nRoles: doctor, partner, correspondant.")
    @APIResponse(responseCode = "201", description = "Selected; the ETag is the case's new version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SelectedAid.class)),
            headers = @Header(name = HttpHeaders.LOCATION, description = "The case's selected aids",
                    schema = @Schema(type = SchemaType.STRING, format = "uri-reference")))
    @APIResponse(responseCode = "404", description = "No such case among those you can see")
    @APIResponse(responseCode = "409", description = "Already selected, incompatible with an aid already selected (as aids-service says), or the case is closed")
    @APIResponse(responseCode = "422", description = "Not in force, or the project is not eligible")
    @APIResponse(responseCode = "503", description = "aids-service is unavailable; Retry-After says when to try again")
    public Response select(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull AidSelection selection) {
        CaseAidService.Selected selected = aids.select(id, ifMatch, selection.code());
        return VersionEtag.created(URI.create("/cases/" + id + "/aids"), selected.aid(), selected.caseVersion());
    }

    @POST
    @Path("/aids/{code}/events")
    @RolesAllowed({Roles.DOCTOR, Roles.PARTNER, Roles.CORRESPONDANT})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "recordCaseAidEvent", summary = "Record what became of a selected aid",
            description = "SELECTED → FILED (file sent) → SIGNED (contract, amount agreed) → PAID (each instalment, repeatable) → "
                    + "ENDED, or REPAID (early exit, pro-rata repayment); SELECTED or FILED → REFUSED (with a reason). "
                    + "Every move is dated; SIGNED, PAID and REPAID carry amountCents. Only the guichet's staff record it."
                    + "\n\nRoles: doctor, partner, correspondant.")
    @APIResponse(responseCode = "200", description = "Recorded; the ETag is the case's new version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SelectedAid.class)))
    @APIResponse(responseCode = "400", description = "A field the move must state is missing or invalid")
    @APIResponse(responseCode = "403", description = "Only the guichet's staff record an aid's progress")
    @APIResponse(responseCode = "404", description = "No such case among those you can see, or no such aid selected on it")
    @APIResponse(responseCode = "422", description = "The aid's current status does not allow this move")
    public Response move(@PathParam("id") UUID id,
            @PathParam("code") @Pattern(regexp = AID_CODE, message = "must be an aid code: upper-case letters, digits and underscores, 2 to 40") String code,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull AidProgressService.Move move) {
        AidProgressService.Moved moved = progress.move(id, code, ifMatch, move);
        return VersionEtag.ok(moved.aid(), moved.caseVersion());
    }
}
