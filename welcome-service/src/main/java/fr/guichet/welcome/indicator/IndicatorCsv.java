package fr.guichet.welcome.indicator;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import fr.guichet.common.csv.CsvLines;
import fr.guichet.welcome.indicator.WelcomeIndicators.Figures;

/**
 * The indicators as CSV, as cases-service writes its own: the total, then one line per organisation and department;
 * a mean without any answer is an empty cell.
 */
final class IndicatorCsv {

    static final String COLUMNS = "dimension,organisation,department,year,eventsHeld,invited,registered,waitingList,present,"
            + "surveyAnswers,meanScore,settlingYes,settlingMaybe,settlingNo,offersPublished,offersFilled,"
            + "housingPlacesOffered,housingPlacesTaken,testimonialsPublished,testimonialsWithdrawn";

    @JsonPropertyOrder({"dimension", "organisation", "department", "year", "eventsHeld", "invited", "registered",
            "waitingList", "present", "surveyAnswers", "meanScore", "settlingYes", "settlingMaybe", "settlingNo",
            "offersPublished", "offersFilled", "housingPlacesOffered", "housingPlacesTaken", "testimonialsPublished",
            "testimonialsWithdrawn"})
    record Line(String dimension, String organisation, String department, int year, long eventsHeld, long invited,
            long registered, long waitingList, long present, long surveyAnswers, String meanScore, long settlingYes,
            long settlingMaybe, long settlingNo, long offersPublished, long offersFilled, long housingPlacesOffered,
            long housingPlacesTaken, long testimonialsPublished, long testimonialsWithdrawn) {

        static Line of(String dimension, String organisation, String department, int year, Figures f) {
            return new Line(dimension, organisation, department, year, f.eventsHeld(), f.invited(), f.registered(),
                    f.waitingList(), f.present(), f.surveyAnswers(),
                    f.meanScore() == null ? "" : String.format(Locale.ROOT, "%.1f", f.meanScore()), f.settlingYes(),
                    f.settlingMaybe(), f.settlingNo(), f.offersPublished(), f.offersFilled(), f.housingPlacesOffered(),
                    f.housingPlacesTaken(), f.testimonialsPublished(), f.testimonialsWithdrawn());
        }
    }

    private IndicatorCsv() {
    }

    static String of(WelcomeIndicators indicators) {
        List<Line> lines = new ArrayList<>();
        lines.add(Line.of("total", "", "", indicators.year(), indicators.total()));
        indicators.byOrganisationAndDepartment().forEach(row ->
                lines.add(Line.of("organisation_department", row.organisation(), row.department(), indicators.year(), row.figures())));
        return CsvLines.write(lines, Line.class);
    }
}
