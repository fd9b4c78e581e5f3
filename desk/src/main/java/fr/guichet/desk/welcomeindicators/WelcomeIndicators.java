package fr.guichet.desk.welcomeindicators;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import io.quarkus.qute.TemplateData;

/** What the organisers' welcome work gave in a year: the total, and one row per organisation and department. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record WelcomeIndicators(int year, Figures total, List<Row> byOrganisationAndDepartment) {

    /** The year's counts; the API's description says what each one counts. The mean score is null without answers. */
    @TemplateData
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Figures(long eventsHeld, long invited, long registered, long waitingList, long present,
            long surveyAnswers, Double meanScore, long settlingYes, long settlingMaybe, long settlingNo,
            long offersPublished, long offersFilled, long housingPlacesOffered, long housingPlacesTaken,
            long testimonialsPublished, long testimonialsWithdrawn) {
    }

    /** One organisation (its code) in one department. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Row(String organisation, String department, Figures figures) {
    }

    public List<Row> byOrganisationAndDepartment() {
        return byOrganisationAndDepartment == null ? List.of() : byOrganisationAndDepartment;
    }
}
