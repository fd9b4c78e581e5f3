package fr.guichet.aids.catalogue;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import fr.guichet.aids.territory.ZoneType;
import fr.guichet.common.api.OffsetCursor;
import fr.guichet.common.api.Page;
import fr.guichet.common.api.QueryParams;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

@Path("/aids")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Aid catalogue", description = "Aids, their dated versions; reads are public, writes need catalogue-admin")
public class AidResource {

    private static final String AREA_CODE = "^(\\d{2,3}|2[AB])$";

    @Inject
    CatalogueService catalogue;

    @Inject
    SecurityIdentity identity;

    @Inject
    Clock clock;

    @GET
    @PermitAll
    @Operation(summary = "Search the aids in force on a date (public)",
            description = "Every filter is optional. `q` is a French full-text search on code, label and description, "
                    + "accents ignored. `region` and `department` keep national aids and those covering that area; "
                    + "`zoneType` keeps aids that require that zone.")
    @APIResponse(responseCode = "200", description = "One page of aids")
    @APIResponse(responseCode = "400", description = "An invalid filter")
    public Page<AidView> search(
            @Parameter(description = "Date, default today", example = "2026-03-01") @QueryParam("asOf") String asOf,
            @Parameter(description = "Words to find", example = "montagne") @QueryParam("q") String text,
            @Parameter(example = "GENERAL_PRACTITIONER") @QueryParam("profession") String profession,
            @Parameter(example = "INSTALLING") @QueryParam("careerStage") String careerStage,
            @Parameter(example = "76") @QueryParam("region") String region,
            @Parameter(example = "48") @QueryParam("department") String department,
            @Parameter(example = "ZIP") @QueryParam("zoneType") String zoneType,
            @Parameter(example = "ASSURANCE_MALADIE") @QueryParam("funder") String funder,
            @Parameter(example = "CONVENTIONAL_INSTALLATION") @QueryParam("category") String category,
            @Parameter(description = "1 to 100, default 20") @QueryParam("limit") String limit,
            @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor") String cursor) {
        AidSearch search = new AidSearch(QueryParams.date("asOf", asOf, LocalDate.now(clock)),
                QueryParams.text("q", text, 0, 200),
                QueryParams.enumValue("profession", profession, Profession.class),
                QueryParams.enumValue("careerStage", careerStage, CareerStage.class),
                QueryParams.matching("region", region, "^\\d{2}$", "a two-digit region code such as 76"),
                QueryParams.matching("department", department, AREA_CODE, "a department code such as 02, 2A or 971"),
                QueryParams.enumValue("zoneType", zoneType, ZoneType.class),
                QueryParams.enumValue("funder", funder, Funder.class),
                QueryParams.matching("category", category, "^[A-Z_]{2,40}$", "a category code"));
        return OffsetCursor.page(catalogue.search(search), cursor, QueryParams.limit(limit));
    }

    @GET
    @Path("/{code}")
    @PermitAll
    @Operation(summary = "An aid as in force on a date (public)")
    @APIResponse(responseCode = "200", description = "The version in force")
    @APIResponse(responseCode = "404", description = "Unknown aid, or no version in force on that date")
    public AidView get(@Parameter(example = "OCCITANIE_MONTAGNE") @PathParam("code") String code,
            @Parameter(description = "Date, default today", example = "2021-03-01") @QueryParam("asOf") String asOf) {
        return catalogue.inForce(code, QueryParams.date("asOf", asOf, LocalDate.now(clock)));
    }

    @GET
    @Path("/{code}/versions")
    @PermitAll
    @Operation(summary = "Every version of an aid, oldest first (public)")
    @APIResponse(responseCode = "200", description = "The versions")
    @APIResponse(responseCode = "404", description = "Unknown aid")
    public List<AidView> versions(@Parameter(example = "OCCITANIE_MONTAGNE") @PathParam("code") String code) {
        return catalogue.versions(code);
    }

    @POST
    @RolesAllowed("catalogue-admin")
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Create an aid with its first version (role catalogue-admin)")
    @APIResponse(responseCode = "201", description = "Created; Location names the aid")
    @APIResponse(responseCode = "400", description = "Invalid, unknown fields, or unknown codes referred to")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Not a catalogue-admin")
    @APIResponse(responseCode = "409", description = "The code is taken")
    public Response create(@Valid @NotNull AidDraft draft) {
        AidView created = catalogue.create(draft, actor());
        return Response.created(URI.create("/aids/" + created.code())).entity(created).build();
    }

    @POST
    @Path("/{code}/versions")
    @RolesAllowed("catalogue-admin")
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Publish the next version of an aid from a date (role catalogue-admin)",
            description = "The version in force until then ends the day before validFrom.")
    @APIResponse(responseCode = "201", description = "Published")
    @APIResponse(responseCode = "400", description = "Invalid version")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Not a catalogue-admin")
    @APIResponse(responseCode = "404", description = "Unknown aid")
    @APIResponse(responseCode = "409", description = "Retired aid, or validFrom not after the latest version's start")
    public Response publish(@PathParam("code") String code, @Valid @NotNull AidDraft draft) {
        AidView published = catalogue.publish(code, draft, actor());
        return Response.created(URI.create("/aids/" + code + "/versions")).entity(published).build();
    }

    @POST
    @Path("/{code}/retirement")
    @RolesAllowed("catalogue-admin")
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Retire an aid from a date (role catalogue-admin)")
    @APIResponse(responseCode = "200", description = "Retired; the last version now ends the day before")
    @APIResponse(responseCode = "400", description = "Invalid request")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Not a catalogue-admin")
    @APIResponse(responseCode = "404", description = "Unknown aid")
    @APIResponse(responseCode = "409", description = "Already retired, or the date is not after the latest version's start")
    public AidView retire(@PathParam("code") String code, @Valid @NotNull RetireAidRequest request) {
        return catalogue.retire(code, request, actor());
    }

    private String actor() {
        return identity.getPrincipal().getName();
    }
}
