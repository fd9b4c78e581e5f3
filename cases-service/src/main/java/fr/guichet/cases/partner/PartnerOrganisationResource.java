package fr.guichet.cases.partner;

import java.net.URI;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import fr.guichet.cases.policy.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

@Path("/partners/organisations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Partner organisations", description = "Who sits at the guichet's table, and the departments each serves")
@SecurityRequirement(name = "bearer")
public class PartnerOrganisationResource {

    @Inject
    PartnerOrganisationService organisations;

    @GET
    @RolesAllowed({Roles.GUICHET_ADMIN, Roles.CORRESPONDANT, Roles.PARTNER})
    @Operation(summary = "Every partner organisation, by code (roles guichet-admin, correspondant, partner)")
    @APIResponse(responseCode = "200", description = "The organisations")
    @APIResponse(responseCode = "403", description = "Another role")
    public List<PartnerOrganisationService.OrganisationView> list() {
        return organisations.list();
    }

    @GET
    @Path("/{code}")
    @RolesAllowed({Roles.GUICHET_ADMIN, Roles.CORRESPONDANT, Roles.PARTNER})
    @Operation(summary = "One partner organisation (roles guichet-admin, correspondant, partner)")
    @APIResponse(responseCode = "200", description = "The organisation")
    @APIResponse(responseCode = "404", description = "No such organisation")
    public PartnerOrganisationService.OrganisationView get(@PathParam("code") String code) {
        return organisations.get(code);
    }

    @POST
    @RolesAllowed(Roles.GUICHET_ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register an organisation (role guichet-admin)",
            description = "Its kind and departments decide which tasks it owns on the cases that enter PROCEDURES from now on.")
    @APIResponse(responseCode = "201", description = "Registered; Location names it")
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
    @Operation(summary = "Change an organisation's name, kind or departments (role guichet-admin)",
            description = "Tasks already opened keep their owner.")
    @APIResponse(responseCode = "200", description = "Changed")
    @APIResponse(responseCode = "400", description = "Invalid fields, or a code other than the path's")
    @APIResponse(responseCode = "403", description = "Not a guichet-admin")
    @APIResponse(responseCode = "404", description = "No such organisation")
    public PartnerOrganisationService.OrganisationView change(@PathParam("code") String code,
            @Valid @NotNull OrganisationInput input) {
        return organisations.change(code, input);
    }

    @DELETE
    @Path("/{code}")
    @RolesAllowed(Roles.GUICHET_ADMIN)
    @Operation(summary = "Remove an organisation (role guichet-admin); tasks already opened keep its code")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "403", description = "Not a guichet-admin")
    @APIResponse(responseCode = "404", description = "No such organisation")
    public void delete(@PathParam("code") String code) {
        organisations.delete(code);
    }
}
