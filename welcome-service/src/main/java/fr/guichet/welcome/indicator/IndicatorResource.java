package fr.guichet.welcome.indicator;

import java.time.Clock;
import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import fr.guichet.common.api.QueryParams;
import fr.guichet.common.csv.CsvLines;
import fr.guichet.welcome.policy.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

@Path("/welcome/indicators")
@Tag(name = "Welcome indicators", description = "What the organisers' welcome work gives in a year, per organisation and department")
@SecurityRequirement(name = "bearer")
@RolesAllowed({Roles.ORGANISER, Roles.CORRESPONDANT})
public class IndicatorResource {

    @Inject
    IndicatorService indicators;

    @Inject
    Clock clock;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getWelcomeIndicators",
            summary = "Events held, invited, registered, present, satisfaction, intentions to settle, offers, housing and "
                    + "testimonials of a year: JSON or CSV",
            description = "Over `year` (French dates; default this year), one row per organisation and department, and their "
                    + "total. An organiser reads its own organisation's figures, in the departments of its territory; a "
                    + "correspondant reads every organisation acting in the departments they cover (or one, with "
                    + "`organisation`). JSON, or CSV (the total, then one line per row) with Accept: text/csv.\n\n"
                    + "- `eventsHeld`: events published (not cancelled, not drafts) that started in the year and have ended "
                    + "by now.\n"
                    + "- Of those events: `invited`, the addresses invited; `registered`, the registrations not cancelled "
                    + "(a place held or on the waiting list); `waitingList`, those of them still on the waiting list; "
                    + "`present`, those ticked present; `surveyAnswers`, the survey's answers; `meanScore`, their mean "
                    + "score (1 to 5, one decimal, null without answers); `settlingYes`, `settlingMaybe`, `settlingNo`, the "
                    + "answers' intention to settle in the territory.\n"
                    + "- `offersPublished`: offers (jobs, internships, housing) first published in the year, whatever "
                    + "became of them since; `offersFilled`: those of them marked filled.\n"
                    + "- `housingPlacesOffered`: the places of the housing offers among them, added over every semester "
                    + "each is available; `housingPlacesTaken`: the places of those marked filled (a house is counted taken "
                    + "once its organiser marks it filled, not place by place).\n"
                    + "- `testimonialsPublished`: testimonials published (consent recorded, moderated) in the year, "
                    + "including those withdrawn since; `testimonialsWithdrawn`: those of them withdrawn since.\n\n"
                    + "Roles: organiser, correspondant.")
    @APIResponse(responseCode = "200", description = "The indicators", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WelcomeIndicators.class)),
            @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING, description = IndicatorCsv.COLUMNS))})
    @APIResponse(responseCode = "400", description = "Invalid year, department or organisation")
    @APIResponse(responseCode = "403", description = "A department outside your territory, or, for an organiser, another "
            + "organisation; or an organiser account bound to no organisation")
    public WelcomeIndicators json(@BeanParam IndicatorScope scope) {
        int year = year(scope);
        String department = QueryParams.matching("department", scope.department, IndicatorScope.DEPARTMENT,
                "a department code such as 47");
        return indicators.compute(year, department, QueryParams.text("organisation", scope.organisation, 0, 100));
    }

    @GET
    @Produces(CsvLines.NEGOTIATED)
    @Operation(hidden = true)
    public Response csv(@BeanParam IndicatorScope scope) {
        return Response.ok(IndicatorCsv.of(json(scope)), CsvLines.TYPE).build();
    }

    private int year(IndicatorScope scope) {
        String year = QueryParams.matching("year", scope.year, IndicatorScope.YEAR, "a year from 1900 to 2199");
        return year == null ? LocalDate.now(clock).getYear() : Integer.parseInt(year);
    }
}
