package fr.guichet.welcome.indicator;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What the welcome side of the guichet reports for a year (the CPTS Dropt Garonne's "interns invited vs present,
 * satisfaction, intention to settle"; the Loir-et-Cher's offers and trainees): overall, and per organisation and
 * department.
 */
@Schema(name = "WelcomeIndicators")
public record WelcomeIndicators(
        @Schema(description = "The year counted (French dates)", example = "2027") int year,
        @Schema(description = "Every row added up; the mean score over every answer") Figures total,
        @Schema(description = "One row per organisation and department with anything to count, by organisation then department")
        List<Row> byOrganisationAndDepartment) {

    @Schema(name = "WelcomeIndicatorFigures", description = "Counts of one year; see the operation's description for what each counts")
    public record Figures(
            @Schema(example = "3") long eventsHeld,
            @Schema(example = "120") long invited,
            @Schema(example = "64") long registered,
            @Schema(example = "4") long waitingList,
            @Schema(example = "51") long present,
            @Schema(example = "38") long surveyAnswers,
            @Schema(nullable = true, description = "Mean score from 1 to 5, to one decimal; null without any answer",
                    example = "4.3") Double meanScore,
            @Schema(example = "12") long settlingYes,
            @Schema(example = "17") long settlingMaybe,
            @Schema(example = "9") long settlingNo,
            @Schema(example = "6") long offersPublished,
            @Schema(example = "2") long offersFilled,
            @Schema(example = "8") long housingPlacesOffered,
            @Schema(example = "4") long housingPlacesTaken,
            @Schema(example = "2") long testimonialsPublished,
            @Schema(example = "0") long testimonialsWithdrawn) {
    }

    @Schema(name = "WelcomeIndicatorRow")
    public record Row(
            @Schema(description = "The organisation's code (organisers' organiser_org)", example = "CPTS-DROPT-GARONNE")
            String organisation,
            @Schema(example = "47") String department,
            Figures figures) {
    }
}
