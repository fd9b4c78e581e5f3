package fr.guichet.desk.requests;

import static fr.guichet.desk.requests.FormValues.choice;
import static fr.guichet.desk.requests.FormValues.text;

import org.jboss.resteasy.reactive.RestForm;

import fr.guichet.desk.page.FormErrors;
import fr.guichet.desk.requests.ApiBodies.RequestChanges;

/** A request's outcome changed on its page, with the version it was read at ({@code etag}). */
public class ChangeForm {

    @RestForm
    public String subject;
    @RestForm
    public String answer;
    @RestForm
    public String status;
    @RestForm
    public String orientedTo;
    @RestForm
    public String etag;

    /** The form filled with the request as it stands. */
    static ChangeForm of(QuickRequest request, String etag) {
        ChangeForm form = new ChangeForm();
        form.subject = request.subject() == null ? null : request.subject().name();
        form.answer = request.answer();
        form.status = request.status() == null ? null : request.status().name();
        form.orientedTo = request.orientedTo();
        form.etag = etag;
        return form;
    }

    /**
     * The changes; an answer emptied is sent empty (the API then forgets it), and an organisation is sent only with
     * the outcome ORIENTED, the only one it goes with.
     */
    RequestChanges toChanges(FormErrors.Builder errors) {
        RequestStatus outcome = choice(RequestStatus.class, "status", status, errors);
        return new RequestChanges(choice(RequestSubject.class, "subject", subject, errors),
                answer == null ? null : answer.strip(), outcome,
                outcome == RequestStatus.ORIENTED ? text(orientedTo) : null);
    }
}
