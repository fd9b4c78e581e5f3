package fr.guichet.aids.territory;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import fr.guichet.aids.territory.TerritoryViews.Area;
import fr.guichet.aids.territory.TerritoryViews.CommuneSummary;
import fr.guichet.aids.territory.TerritoryViews.CommuneView;
import fr.guichet.aids.territory.TerritoryViews.DepartmentView;
import fr.guichet.common.api.QueryParams;
import fr.guichet.common.problem.ProblemException;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

@Path("/territories")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Territories", description = "Regions, departments, communes, the zones in force and the ARS zoning files they come from")
@PermitAll
public class TerritoryResource {

    static final String INSEE_PATTERN = "^(\\d{5}|2[AB]\\d{3})$";
    private static final String DEPARTMENT_PATTERN = "^(\\d{2,3}|2[AB])$";

    @Inject
    TerritoryService territories;

    @Inject
    Clock clock;

    @GET
    @Path("/regions")
    @Operation(operationId = "listRegions", summary = "All regions", description = "Public.")
    public List<Area> regions() {
        return territories.regions();
    }

    @GET
    @Path("/departments")
    @Operation(operationId = "listDepartments", summary = "All departments with their region", description = "Public.")
    public List<DepartmentView> departments() {
        return territories.departments();
    }

    @GET
    @Path("/communes")
    @Operation(operationId = "searchCommunes", summary = "Find communes by the start of their name",
            description = "Accent- and case-insensitive: 'saint etienne' finds Saint-Étienne. Biggest communes first.\n\nPublic.")
    @APIResponse(responseCode = "200", description = "Matching communes")
    @APIResponse(responseCode = "400", description = "Missing or invalid query")
    public List<CommuneSummary> searchCommunes(
            @Parameter(description = "Start of the commune name, at least 2 characters", example = "mend", required = true,
                    schema = @Schema(type = SchemaType.STRING, minLength = 2, maxLength = 100)) @QueryParam("q") String query,
            @Parameter(description = "Department code", example = "48",
                    schema = @Schema(type = SchemaType.STRING, pattern = DEPARTMENT_PATTERN)) @QueryParam("department") String department,
            @QueryParam("limit") String limit) {
        String prefix = QueryParams.text("q", query, 2, 100);
        if (prefix == null) {
            throw ProblemException.invalid("q", "is required: the start of a commune name");
        }
        return territories.searchCommunes(prefix, QueryParams.matching("department", department, DEPARTMENT_PATTERN,
                "a department code such as 02, 2A or 971"), QueryParams.limit(limit));
    }

    @GET
    @Path("/communes/{insee}")
    @Operation(operationId = "getCommune", summary = "A commune and the zones in force on a date",
            description = "Zones come from every layer: the profession's ARS zoning, mountain, FRR, QPV. "
                    + "A partial zone (QPV) concerns only part of the commune. A former INSEE code of a merged commune "
                    + "answers with the current commune.\n\nPublic.")
    @APIResponse(responseCode = "200", description = "The commune and its zones")
    @APIResponse(responseCode = "400", description = "Malformed INSEE code, date or profession")
    @APIResponse(responseCode = "404", description = "No commune has this code")
    public CommuneView commune(
            @Parameter(description = "INSEE commune code", example = "48095") @PathParam("insee")
            @Pattern(regexp = INSEE_PATTERN, message = "must be a 5-character INSEE commune code such as 48095 or 2A004") String insee,
            @Parameter(description = "Date, default today", example = "2026-03-01",
                    schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("asOf") String asOf,
            @Parameter(description = "Restrict the ARS zoning to one profession",
                    schema = @Schema(implementation = ZoningProfession.class)) @QueryParam("profession") String profession) {
        return territories.describe(insee, QueryParams.date("asOf", asOf, LocalDate.now(clock)),
                QueryParams.enumValue("profession", profession, ZoningProfession.class));
    }
}
