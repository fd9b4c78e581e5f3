package fr.guichet.aids.territory;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
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
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

@Path("/territories")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Territories", description = "Regions, departments, communes and the zones in force (public)")
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
    @Operation(summary = "All regions (public)")
    public List<Area> regions() {
        return territories.regions();
    }

    @GET
    @Path("/departments")
    @Operation(summary = "All departments with their region (public)")
    public List<DepartmentView> departments() {
        return territories.departments();
    }

    @GET
    @Path("/communes")
    @Operation(summary = "Find communes by the start of their name (public)",
            description = "Accent- and case-insensitive: 'saint etienne' finds Saint-Étienne. Biggest communes first.")
    @APIResponse(responseCode = "200", description = "Matching communes")
    @APIResponse(responseCode = "400", description = "Missing or invalid query")
    public List<CommuneSummary> searchCommunes(
            @Parameter(description = "Start of the commune name, at least 2 characters", example = "mend") @QueryParam("q") String query,
            @Parameter(description = "Department code", example = "48") @QueryParam("department") String department,
            @Parameter(description = "1 to 100, default 20") @QueryParam("limit") String limit) {
        String prefix = QueryParams.text("q", query, 2, 100);
        if (prefix == null) {
            throw ProblemException.invalid("q", "is required: the start of a commune name");
        }
        return territories.searchCommunes(prefix, QueryParams.matching("department", department, DEPARTMENT_PATTERN,
                "a department code such as 02, 2A or 971"), QueryParams.limit(limit));
    }

    @GET
    @Path("/communes/{insee}")
    @Operation(summary = "A commune and the zones in force on a date (public)",
            description = "Zones come from every layer: the profession's ARS zoning, mountain, FRR, QPV. "
                    + "A partial zone (QPV) concerns only part of the commune. A former INSEE code of a merged commune "
                    + "answers with the current commune.")
    @APIResponse(responseCode = "200", description = "The commune and its zones")
    @APIResponse(responseCode = "400", description = "Malformed INSEE code, date or profession")
    @APIResponse(responseCode = "404", description = "No commune has this code")
    public CommuneView commune(
            @Parameter(description = "INSEE commune code", example = "48095") @PathParam("insee") String insee,
            @Parameter(description = "Date, default today", example = "2026-03-01") @QueryParam("asOf") String asOf,
            @Parameter(description = "Restrict the ARS zoning to one profession", example = "DOCTOR") @QueryParam("profession") String profession) {
        if (!insee.matches(INSEE_PATTERN)) {
            throw ProblemException.invalid("insee", "must be a 5-character INSEE commune code such as 48095 or 2A004");
        }
        return territories.describe(insee, QueryParams.date("asOf", asOf, LocalDate.now(clock)),
                QueryParams.enumValue("profession", profession, ZoningProfession.class));
    }
}
