package fr.guichet.desk.events;

import static fr.guichet.desk.page.FormText.given;

import org.jboss.resteasy.reactive.RestForm;

/** A registration as the person typed it, kept to show the form again when the API refuses it. */
public class RegistrationForm {

    @RestForm
    public String firstName;
    @RestForm
    public String lastName;
    @RestForm
    public String email;
    @RestForm
    public String status;
    @RestForm
    public String faculty;
    @RestForm
    public String year;

    /** The registration for the API, or null when the year is not a whole number (the only check made here). */
    EventsApi.Registration toRegistration() {
        Integer studyYear;
        try {
            studyYear = given(year) == null ? null : Integer.valueOf(year.strip());
        } catch (NumberFormatException notANumber) {
            return null;
        }
        return new EventsApi.Registration(given(firstName), given(lastName), given(email), given(status), given(faculty),
                studyYear);
    }
}
