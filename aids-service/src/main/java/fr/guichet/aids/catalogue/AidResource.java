package fr.guichet.aids.catalogue;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
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
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

@Path("/aids")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Aids", description = "The aid catalogue: aids and their dated versions; reads are public, writes need catalogue-admin")
public class AidResource {

    private static final String AREA_CODE = "^(\\d{2,3}|2[AB])$";
    private static final String REGION = "^\\d{2}$";
    private static final String CATEGORY = "^[A-Z_]{2,40}$";
    private static final String CODE_MESSAGE = "must be an aid code: upper-case letters, digits and underscores, 2 to 40";

    @Inject
    CatalogueService catalogue;

    @Inject
    SecurityIdentity identity;

    @Inject
    Clock clock;

    @GET
    @PermitAll
    @Operation(operationId = "listAids", summary = "Search the aids in force on a date",
            description = "Every filter is optional. `q` is a French full-text search on code, label and description, "
                    + "accents ignored. `region` and `department` keep national aids and those covering that area; "
                    + "`zoneType` keeps aids that require that zone.\n\nPublic.")
    @APIResponse(responseCode = "200", description = "One page of aids")
    @APIResponse(responseCode = "400", description = "An invalid filter")
    public Page<AidView> search(
            @Parameter(description = "Date, default today", example = "2026-03-01",
                    schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("asOf") String asOf,
            @Parameter(description = "Words to find", example = "montagne",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 200)) @QueryParam("q") String text,
            @Parameter(schema = @Schema(implementation = Profession.class)) @QueryParam("profession") String profession,
            @Parameter(schema = @Schema(implementation = CareerStage.class)) @QueryParam("careerStage") String careerStage,
            @Parameter(description = "Region code", example = "76",
                    schema = @Schema(type = SchemaType.STRING, pattern = REGION)) @QueryParam("region") String region,
            @Parameter(description = "Department code", example = "48",
                    schema = @Schema(type = SchemaType.STRING, pattern = AREA_CODE)) @QueryParam("department") String department,
            @Parameter(schema = @Schema(implementation = ZoneType.class)) @QueryParam("zoneType") String zoneType,
            @Parameter(schema = @Schema(implementation = Funder.class)) @QueryParam("funder") String funder,
            @Parameter(example = "CONVENTIONAL_INSTALLATION",
                    schema = @Schema(type = SchemaType.STRING, pattern = CATEGORY)) @QueryParam("category") String category,
            @QueryParam("limit") String limit,
            @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor") String cursor) {
        AidSearch search = new AidSearch(QueryParams.date("asOf", asOf, LocalDate.now(clock)),
                QueryParams.text("q", text, 0, 200),
                QueryParams.enumValue("profession", profession, Profession.class),
                QueryParams.enumValue("careerStage", careerStage, CareerStage.class),
                QueryParams.matching("region", region, REGION, "a two-digit region code such as 76"),
                QueryParams.matching("department", department, AREA_CODE, "a department code such as 02, 2A or 971"),
                QueryParams.enumValue("zoneType", zoneType, ZoneType.class),
                QueryParams.enumValue("funder", funder, Funder.class),
                QueryParams.matching("category", category, CATEGORY, "a category code"));
        return OffsetCursor.page(catalogue.search(search), cursor, QueryParams.limit(limit));
    }

    @GET
    @Path("/{code}")
    @PermitAll
    @Operation(operationId = "getAid", summary = "An aid as in force on a date", description = "Public.")
    @APIResponse(responseCode = "200", description = "The version in force")
    @APIResponse(responseCode = "400", description = "A malformed aid code or date")
    @APIResponse(responseCode = "404", description = "Unknown aid, or no version in force on that date")
    public AidView get(
            @Parameter(example = "OCCITANIE_MONTAGNE") @PathParam("code") @Pattern(regexp = AidCode.PATTERN, message = CODE_MESSAGE) String code,
            @Parameter(description = "Date, default today", example = "2021-03-01",
                    schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("asOf") String asOf) {
        return catalogue.inForce(code, QueryParams.date("asOf", asOf, LocalDate.now(clock)));
    }

    @GET
    @Path("/{code}/versions")
    @PermitAll
    @Operation(operationId = "listAidVersions", summary = "Every version of an aid, oldest first", description = "Public.")
    @APIResponse(responseCode = "200", description = "The versions")
    @APIResponse(responseCode = "400", description = "A malformed aid code")
    @APIResponse(responseCode = "404", description = "Unknown aid")
    public List<AidView> versions(
            @Parameter(example = "OCCITANIE_MONTAGNE") @PathParam("code") @Pattern(regexp = AidCode.PATTERN, message = CODE_MESSAGE) String code) {
        return catalogue.versions(code);
    }

    @POST
    @RolesAllowed("catalogue-admin")
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "createAid", summary = "Create an aid with its first version",
            description = "Roles: catalogue-admin.")
    @APIResponse(responseCode = "201", description = "Created; Location names the aid",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AidView.class)),
            headers = @Header(name = HttpHeaders.LOCATION, description = "The aid's address",
                    schema = @Schema(type = SchemaType.STRING, format = "uri-reference")))
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
    @Operation(operationId = "publishAidVersion", summary = "Publish the next version of an aid from a date",
            description = "The version in force until then ends the day before validFrom.\n\nRoles: catalogue-admin.")
    @APIResponse(responseCode = "201", description = "Published; Location names the aid's versions",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AidView.class)),
            headers = @Header(name = HttpHeaders.LOCATION, description = "The aid's versions",
                    schema = @Schema(type = SchemaType.STRING, format = "uri-reference")))
    @APIResponse(responseCode = "400", description = "Invalid version, or a malformed aid code")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Not a catalogue-admin")
    @APIResponse(responseCode = "404", description = "Unknown aid")
    @APIResponse(responseCode = "409", description = "Retired aid, or validFrom not after the latest version's start")
    public Response publish(@PathParam("code") @Pattern(regexp = AidCode.PATTERN, message = CODE_MESSAGE) String code, @Valid @NotNull AidDraft draft) {
        AidView published = catalogue.publish(code, draft, actor());
        return Response.created(URI.create("/aids/" + code + "/versions")).entity(published).build();
    }

    @POST
    @Path("/{code}/retirement")
    @RolesAllowed("catalogue-admin")
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "retireAid", summary = "Retire an aid from a date", description = "Roles: catalogue-admin.")
    @APIResponse(responseCode = "200", description = "Retired; the last version now ends the day before")
    @APIResponse(responseCode = "400", description = "Invalid request, or a malformed aid code")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Not a catalogue-admin")
    @APIResponse(responseCode = "404", description = "Unknown aid")
    @APIResponse(responseCode = "409", description = "Already retired, or the date is not after the latest version's start")
    public AidView retire(@PathParam("code") @Pattern(regexp = AidCode.PATTERN, message = CODE_MESSAGE) String code, @Valid @NotNull RetireAidRequest request) {
        return catalogue.retire(code, request, actor());
    }

    private String actor() {
        return identity.getPrincipal().getName();
    }
}
