package fr.guichet.cases.privacy;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import fr.guichet.cases.casefile.Rpps;
import fr.guichet.cases.policy.CasePolicy;
import fr.guichet.cases.policy.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

@Path("/privacy")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Privacy", description = "GDPR: export of a professional's data, anonymisation after the retention period")
@SecurityRequirement(name = "bearer")
public class PrivacyResource {

    @Inject
    PersonalDataExport export;

    @Inject
    Anonymiser anonymiser;

    @Inject
    CasePolicy policy;

    public record AnonymisationRun(int anonymised,
            @Schema(description = "Quick requests anonymised (settled longer ago than the retention period)") int requestsAnonymised) {
    }

    @GET
    @Path("/professionals/{rpps}/export")
    @RolesAllowed({Roles.DOCTOR, Roles.CORRESPONDANT})
    @Operation(operationId = "exportProfessionalData", summary = "Everything held on one professional: cases, tasks, aids, messages, documents, history",
            description = "A doctor exports their own data (their RPPS): every case filed under it, whoever opened it. "
                    + "A correspondant exports what their departments hold.\n\nRoles: doctor, correspondant.")
    @APIResponse(responseCode = "200", description = "The export")
    @APIResponse(responseCode = "404", description = "A doctor asking for another professional's data")
    public PersonalDataExport.Export export(@Parameter(description = "The professional's RPPS number", example = "10005173140")
            @PathParam("rpps") @Rpps String rpps) {
        return export.of(rpps);
    }

    @POST
    @Path("/anonymisation-runs")
    @RolesAllowed(Roles.CORRESPONDANT)
    @Operation(operationId = "runAnonymisation", summary = "Anonymise now, in your departments, the cases ended longer ago than the retention period",
            description = "The same runs every night over all departments. Quick requests settled longer ago than the "
                    + "retention period lose their personal data too.\n\nRoles: correspondant.")
    @APIResponse(responseCode = "200", description = "How many cases were anonymised")
    public AnonymisationRun anonymise() {
        return new AnonymisationRun(anonymiser.anonymiseExpired(policy.departmentsInCharge()),
                anonymiser.anonymiseExpiredRequests(policy.departmentsInCharge()));
    }
}
