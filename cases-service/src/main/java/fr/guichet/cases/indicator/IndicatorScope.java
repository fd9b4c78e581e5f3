package fr.guichet.cases.indicator;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import jakarta.ws.rs.QueryParam;

/** The days and the department an indicator counts over, as every indicator's query string gives them. */
public class IndicatorScope {

    static final String DEPARTMENT = "^(\\d{2,3}|2[AB])$";

    @Parameter(description = "First day counted (French date), default the 1st of January",
            schema = @Schema(type = SchemaType.STRING, format = "date"))
    @QueryParam("from")
    String from;

    @Parameter(description = "Last day counted (French date), default today",
            schema = @Schema(type = SchemaType.STRING, format = "date"))
    @QueryParam("to")
    String to;

    @Parameter(description = "One of your departments, default all of them",
            schema = @Schema(type = SchemaType.STRING, pattern = DEPARTMENT))
    @QueryParam("department")
    String department;
}
