package fr.guichet.cases.partner;

import java.net.URI;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import fr.guichet.cases.policy.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

@Path("/partners/organisations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Partners", description = "Who sits at the guichet's table, and the departments each serves")
@SecurityRequirement(name = "bearer")
public class PartnerOrganisationResource {

    @Inject
    PartnerOrganisationService organisations;

    @GET
    @RolesAllowed({Roles.GUICHET_ADMIN, Roles.CORRESPONDANT, Roles.PARTNER})
    @Operation(operationId = "listPartnerOrganisations", summary = "Every partner organisation, by code",
            description = "Roles: guichet-admin, correspondant, partner.")
    @APIResponse(responseCode = "200", description = "The organisations")
    @APIResponse(responseCode = "403", description = "Another role")
    public List<PartnerOrganisationService.OrganisationView> list() {
        return organisations.list();
    }

    @GET
    @Path("/{code}")
    @RolesAllowed({Roles.GUICHET_ADMIN, Roles.CORRESPONDANT, Roles.PARTNER})
    @Operation(operationId = "getPartnerOrganisation", summary = "One partner organisation",
            description = "Roles: guichet-admin, correspondant, partner.")
    @APIResponse(responseCode = "200", description = "The organisation")
    @APIResponse(responseCode = "404", description = "No such organisation")
    public PartnerOrganisationService.OrganisationView get(@PathParam("code") @Pattern(regexp = OrganisationInput.CODE, message = OrganisationInput.CODE_MESSAGE) String code) {
        return organisations.get(code);
    }

    @POST
    @RolesAllowed(Roles.GUICHET_ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createPartnerOrganisation", summary = "Register a partner organisation",
            description = "Its kind and departments decide which tasks it owns on the cases that enter PROCEDURES from now on."
                    + "\n\nRoles: guichet-admin.")
    @APIResponse(responseCode = "201", description = "Registered; Location names it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PartnerOrganisationService.OrganisationView.class)),
            headers = @Header(name = HttpHeaders.LOCATION, description = "The organisation's address",
                    schema = @Schema(type = SchemaType.STRING, format = "uri-reference")))
    @APIResponse(responseCode = "400", description = "Invalid fields (code, name, kind, department codes)")
    @APIResponse(responseCode = "403", description = "Not a guichet-admin")
    @APIResponse(responseCode = "409", description = "The code is taken")
    public Response create(@Valid @NotNull OrganisationInput input) {
        PartnerOrganisationService.OrganisationView created = organisations.create(input);
        return Response.created(URI.create("/partners/organisations/" + created.code())).entity(created).build();
    }

    @PUT
    @Path("/{code}")
    @RolesAllowed(Roles.GUICHET_ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updatePartnerOrganisation", summary = "Change a partner organisation's name, kind or departments",
            description = "Tasks already opened keep their owner.\n\nRoles: guichet-admin.")
    @APIResponse(responseCode = "200", description = "Changed")
    @APIResponse(responseCode = "400", description = "Invalid fields, or a code other than the path's")
    @APIResponse(responseCode = "403", description = "Not a guichet-admin")
    @APIResponse(responseCode = "404", description = "No such organisation")
    public PartnerOrganisationService.OrganisationView change(@PathParam("code") @Pattern(regexp = OrganisationInput.CODE, message = OrganisationInput.CODE_MESSAGE) String code,
            @Valid @NotNull OrganisationInput input) {
        return organisations.change(code, input);
    }

    @DELETE
    @Path("/{code}")
    @RolesAllowed(Roles.GUICHET_ADMIN)
    @Operation(operationId = "deletePartnerOrganisation", summary = "Remove a partner organisation",
            description = "Tasks already opened keep its code.\n\nRoles: guichet-admin.")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "403", description = "Not a guichet-admin")
    @APIResponse(responseCode = "404", description = "No such organisation")
    public void delete(@PathParam("code") @Pattern(regexp = OrganisationInput.CODE, message = OrganisationInput.CODE_MESSAGE) String code) {
        organisations.delete(code);
    }
}
