package fr.guichet.desk.requests;

import static fr.guichet.desk.requests.FormValues.choice;
import static fr.guichet.desk.requests.FormValues.text;

import org.jboss.resteasy.reactive.RestForm;

import fr.guichet.desk.page.FormErrors;
import fr.guichet.desk.requests.ApiBodies.NewQuickRequest;
import fr.guichet.desk.vocabulary.CareerStage;
import fr.guichet.desk.vocabulary.Profession;

/**
 * The one form that logs a request and, with its answer and outcome, closes it: what the person typed, kept as typed
 * to show it again when the API refuses it.
 */
public class NewRequestForm {

    @RestForm
    public String channel;
    @RestForm
    public String firstName;
    @RestForm
    public String lastName;
    @RestForm
    public String email;
    @RestForm
    public String phone;
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
    @RestForm
    public String answer;
    @RestForm
    public String status;
    @RestForm
    public String orientedTo;

    /** A blank form for a phone call answered there and then. */
    static NewRequestForm blank() {
        NewRequestForm form = new NewRequestForm();
        form.channel = RequestChannel.PHONE.name();
        form.status = RequestStatus.ANSWERED.name();
        return form;
    }

    /** The request to log; a code that is not in the lists is recorded in {@code errors}. */
    NewQuickRequest toRequest(FormErrors.Builder errors) {
        ApiBodies.Requester requester = new ApiBodies.Requester(text(firstName), text(lastName), text(email),
                text(phone), choice(Profession.class, "profession", profession, errors),
                choice(CareerStage.class, "careerStage", careerStage, errors));
        return new NewQuickRequest(choice(RequestChannel.class, "channel", channel, errors),
                requester.equals(ApiBodies.Requester.ANONYMOUS) ? null : requester,
                choice(RequestSubject.class, "subject", subject, errors), text(department), text(commune),
                text(question), text(answer), choice(RequestStatus.class, "status", status, errors), text(orientedTo));
    }
}
