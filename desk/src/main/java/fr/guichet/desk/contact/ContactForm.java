package fr.guichet.desk.contact;

import static fr.guichet.desk.page.FormText.given;

import org.jboss.resteasy.reactive.RestForm;

/** The question as the visitor typed it, kept to show the form again when the API refuses it. */
public class ContactForm {

    @RestForm
    public String firstName;
    @RestForm
    public String lastName;
    @RestForm
    public String email;
    @RestForm
    public String profession;
    @RestForm
    public String careerStage;
    @RestForm
    public String subject;
    @RestForm
    public String department;
    @RestForm
    public String commune;
    @RestForm
    public String question;
    /** The honeypot: sent as it came, for the API to tell a robot from a person. */
    @RestForm
    public String website;

    ContactApi.Submission toSubmission() {
        return new ContactApi.Submission(given(firstName), given(lastName), given(email), given(profession),
                given(careerStage), given(subject), given(department), given(commune), given(question), website);
    }
}
