package fr.guichet.welcome.privacy;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import fr.guichet.welcome.policy.EventPolicy;
import fr.guichet.welcome.policy.Roles;
import fr.guichet.welcome.privacy.RegistrantDataExport.Erasure;
import fr.guichet.welcome.privacy.RegistrantDataExport.Export;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * GDPR for registrants, as cases-service's privacy endpoints are for professionals: the staff who hold a person's data
 * export it or erase it on their request. The address travels in the body, never in a URL (logs, proxies).
 */
@Path("/privacy/registrants")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Registrant privacy", description = "GDPR for registrants: export and erasure of their data on request, "
        + "anonymisation after the retention period")
@SecurityRequirement(name = "bearer")
public class PrivacyResource {

    @Inject
    RegistrantDataExport registrants;

    @Inject
    RegistrantRetention retention;

    @Inject
    EventPolicy policy;

    @Schema(name = "RegistrantAddress", description = "The e-mail address a person registered or was invited with")
    public record RegistrantAddress(@NotBlank @Email @Size(max = 200) @Schema(example = "nina.martin@example.fr") String email) {
    }

    @POST
    @Path("/export")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ORGANISER, Roles.CORRESPONDANT})
    @Operation(operationId = "exportRegistrantData", summary = "Everything held on one registrant: registrations, survey answers, invitations",
            description = "By their e-mail address, in the events you manage: an organiser its organisation's, a "
                    + "correspondant those of their departments. An address held nowhere answers empty lists.\n\n"
                    + "Roles: correspondant, organiser.")
    @APIResponse(responseCode = "200", description = "The export",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Export.class)))
    @APIResponse(responseCode = "400", description = "Not an e-mail address")
    public Export export(@Valid @NotNull RegistrantAddress address) {
        return registrants.of(address.email());
    }

    @POST
    @Path("/anonymisation-runs")
    @RolesAllowed(Roles.CORRESPONDANT)
    @Operation(operationId = "runRegistrantAnonymisation",
            summary = "Anonymise now, in your departments, the registrants of events ended longer ago than the retention period",
            description = "The same runs every night over all departments.\n\nRoles: correspondant.")
    @APIResponse(responseCode = "200", description = "How many events and registrations were anonymised",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RegistrantRetention.Erased.class)))
    public RegistrantRetention.Erased anonymise() {
        return retention.runNow(policy.managedScope().departments());
    }

    @POST
    @Path("/erasure")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ORGANISER, Roles.CORRESPONDANT})
    @Operation(operationId = "eraseRegistrantData", summary = "Erase now, on the person's request, what your events hold on them",
            description = "Their names, e-mail, faculty, link and what they wrote in the survey, in the events you manage, "
                    + "and their address in your invitations; statuses, years, presence, scores and intentions stay for the "
                    + "indicators, as after the retention period. Erasing again changes nothing.\n\n"
                    + "Roles: correspondant, organiser.")
    @APIResponse(responseCode = "200", description = "What was erased",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Erasure.class)))
    @APIResponse(responseCode = "400", description = "Not an e-mail address")
    public Erasure erase(@Valid @NotNull RegistrantAddress address) {
        return registrants.erase(address.email());
    }
}
