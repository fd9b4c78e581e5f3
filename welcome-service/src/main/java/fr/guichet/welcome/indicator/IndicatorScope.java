package fr.guichet.welcome.indicator;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import fr.guichet.welcome.event.EventInputs;
import jakarta.ws.rs.QueryParam;

/** The year, the department and the organisation the indicators count over, as the query string gives them. */
public class IndicatorScope {

    static final String YEAR = "^(19|2[01])[0-9]{2}$";
    static final String DEPARTMENT = EventInputs.DEPARTMENT;

    @Parameter(description = "The year counted (French dates), default this year",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1900", maximum = "2199", example = "2027"))
    @QueryParam("year")
    String year;

    @Parameter(description = "One department of your territory, default all of them",
            schema = @Schema(type = SchemaType.STRING, pattern = DEPARTMENT, example = "47"))
    @QueryParam("department")
    String department;

    @Parameter(description = "For a correspondant, one organisation acting in their departments (its code); an organiser "
            + "reads its own organisation's figures only, and may name no other",
            schema = @Schema(type = SchemaType.STRING, maxLength = 100, example = "CPTS-DROPT-GARONNE"))
    @QueryParam("organisation")
    String organisation;
}
