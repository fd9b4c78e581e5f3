package fr.guichet.cases.indicator;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import fr.guichet.cases.casefile.Profession;
import fr.guichet.cases.policy.CasePolicy;
import fr.guichet.cases.policy.Roles;
import fr.guichet.common.api.QueryParams;
import fr.guichet.common.csv.CsvLines;
import fr.guichet.common.problem.ProblemException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

@Path("/cases/indicators")
@Tag(name = "Indicators", description = "What the agency reports, over the correspondant's departments")
@SecurityRequirement(name = "bearer")
@RolesAllowed(Roles.CORRESPONDANT)
public class IndicatorResource {

    @Inject
    IndicatorRepository indicators;

    @Inject
    AidIndicatorRepository aidIndicators;

    @Inject
    ActivityIndicatorRepository activity;

    @Inject
    CasePolicy policy;

    @Inject
    Clock clock;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getIndicators",
            summary = "Requests received, accompanied, installed, in progress, abandoned, median days to installation: JSON or CSV",
            description = "Over the requests received from `from` to `to` (inclusive, French dates; default: this year), in your "
                    + "departments, broken down by department, profession and channel. JSON, or CSV (one line per breakdown) "
                    + "with Accept: text/csv.\n\nRoles: correspondant.")
    @APIResponse(responseCode = "200", description = "The indicators", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Indicators.class)),
            @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING,
                    description = "dimension,value,received,accompanied,installed,inProgress,abandoned,medianDaysToInstallation"))})
    @APIResponse(responseCode = "400", description = "Invalid dates or filters")
    @APIResponse(responseCode = "403", description = "A department you do not cover")
    public Indicators json(@BeanParam IndicatorScope scope,
            @Parameter(schema = @Schema(implementation = Profession.class)) @QueryParam("profession") String profession) {
        Period period = period(scope);
        Profession chosen = QueryParams.enumValue("profession", profession, Profession.class);
        return indicators.compute(period.start(), period.end(), departments(scope), chosen == null ? null : chosen.name());
    }

    @GET
    @Produces(CsvLines.NEGOTIATED)
    @Operation(hidden = true)
    public Response csv(@BeanParam IndicatorScope scope, @QueryParam("profession") String profession) {
        return Response.ok(IndicatorCsv.of(json(scope, profession)), CsvLines.TYPE).build();
    }

    @GET
    @Path("/aids")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getAidIndicators",
            summary = "Aid contracts signed and amounts agreed, paid and repaid, by aid, department and year: JSON or CSV",
            description = "Over what happened to the aids of your departments' cases from `from` to `to` (inclusive, French "
                    + "dates; default: this year), each counted on the date it happened. JSON, or CSV (one line per "
                    + "breakdown) with Accept: text/csv.\n\nRoles: correspondant.")
    @APIResponse(responseCode = "200", description = "The aids' figures", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AidIndicators.class)),
            @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING,
                    description = "dimension,aid,department,year,contractsSigned,agreedCents,paidCents,repaidCents"))})
    @APIResponse(responseCode = "400", description = "Invalid dates or department")
    @APIResponse(responseCode = "403", description = "A department you do not cover")
    public AidIndicators aidsJson(@BeanParam IndicatorScope scope) {
        Period period = period(scope);
        return aidIndicators.compute(period.start(), period.end(), departments(scope));
    }

    @GET
    @Path("/aids")
    @Produces(CsvLines.NEGOTIATED)
    @Operation(hidden = true)
    public Response aidsCsv(@BeanParam IndicatorScope scope) {
        return Response.ok(IndicatorCsv.of(aidsJson(scope)), CsvLines.TYPE).build();
    }

    @GET
    @Path("/activity")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getActivityIndicators",
            summary = "Quick requests, accompanied cases, installations and contracts, counted apart: JSON or CSV",
            description = "Four counts over `from` to `to` (inclusive, French dates; default: this year) in your departments, "
                    + "each on the day it happened: requests received (quick requests, most of which never become a case), "
                    + "cases accompanied (qualified), cases installed, and contracts, i.e. aids of those cases that reached "
                    + "SIGNED (the aid's agreement or contract signed: CESP, PTMG, CAIM...; later payments of the same aid "
                    + "are not counted again). Broken down by department, profession, channel (the requests' and the cases' "
                    + "own codes), subject (requests only) and month (YYYY-MM); a null value is one not stated. JSON, or "
                    + "CSV (one line per breakdown) with Accept: text/csv.\n\nRoles: correspondant.")
    @APIResponse(responseCode = "200", description = "The activity", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ActivityIndicators.class)),
            @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING,
                    description = "dimension,value,requests,accompaniedCases,installations,contracts"))})
    @APIResponse(responseCode = "400", description = "Invalid dates or department")
    @APIResponse(responseCode = "403", description = "A department you do not cover")
    public ActivityIndicators activityJson(@BeanParam IndicatorScope scope) {
        Period period = period(scope);
        return activity.compute(period.start(), period.end(), departments(scope));
    }

    @GET
    @Path("/activity")
    @Produces(CsvLines.NEGOTIATED)
    @Operation(hidden = true)
    public Response activityCsv(@BeanParam IndicatorScope scope) {
        return Response.ok(IndicatorCsv.of(activityJson(scope)), CsvLines.TYPE).build();
    }

    private record Period(LocalDate start, LocalDate end) {
    }

    private Period period(IndicatorScope scope) {
        LocalDate today = LocalDate.now(clock);
        LocalDate start = QueryParams.date("from", scope.from, today.withDayOfYear(1));
        LocalDate end = QueryParams.date("to", scope.to, today);
        if (end.isBefore(start)) {
            throw ProblemException.invalid("to", "must not be before from");
        }
        return new Period(start, end);
    }

    private Set<String> departments(IndicatorScope scope) {
        String wanted = QueryParams.matching("department", scope.department, IndicatorScope.DEPARTMENT, "a department code such as 02");
        return policy.indicatorDepartments(wanted);
    }
}
