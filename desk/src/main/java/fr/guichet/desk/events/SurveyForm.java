package fr.guichet.desk.events;

import static fr.guichet.desk.page.FormText.given;

import org.jboss.resteasy.reactive.RestForm;

/** The survey after an event as the registrant filled it in. */
public class SurveyForm {

    @RestForm("jeton")
    public String token;
    @RestForm
    public String score;
    @RestForm
    public String helped;
    @RestForm
    public String intention;
    @RestForm
    public String contact;

    /** Whether the score chosen is this one, to keep it checked when the form comes back. */
    public boolean scored(int note) {
        return String.valueOf(note).equals(score);
    }

    /** The answer for the API; the score stays null when it is not a whole number, for the API to refuse. */
    EventsApi.SurveyAnswer toAnswer() {
        Integer note;
        try {
            note = score == null || score.isBlank() ? null : Integer.valueOf(score.strip());
        } catch (NumberFormatException notANumber) {
            note = null;
        }
        return new EventsApi.SurveyAnswer(token, note, given(helped),
                intention == null || intention.isBlank() ? null : intention, "oui".equals(contact));
    }
}
