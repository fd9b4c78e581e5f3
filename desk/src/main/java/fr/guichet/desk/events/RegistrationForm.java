package fr.guichet.desk.events;

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
            studyYear = text(year) == null ? null : Integer.valueOf(year.strip());
        } catch (NumberFormatException notANumber) {
            return null;
        }
        return new EventsApi.Registration(text(firstName), text(lastName), text(email), text(status), text(faculty),
                studyYear);
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
