package fr.guichet.desk.requests;

import static fr.guichet.desk.requests.FormValues.choice;
import static fr.guichet.desk.requests.FormValues.text;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.jboss.resteasy.reactive.RestForm;

import fr.guichet.desk.page.FormErrors;
import fr.guichet.desk.requests.ApiBodies.CaseFromRequest;
import fr.guichet.desk.vocabulary.CareerStage;
import fr.guichet.desk.vocabulary.Profession;

/**
 * What a case needs that the request lacks, typed on the request's page to open the case: the RPPS always, the rest
 * only when the request did not say it.
 */
public class CaseForm {

    @RestForm
    public String rpps;
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
    public String targetCommune;
    @RestForm
    public String plannedStartDate;
    @RestForm
    public String etag;

    static CaseForm blank(String etag) {
        CaseForm form = new CaseForm();
        form.etag = etag;
        return form;
    }

    CaseFromRequest toFacts(FormErrors.Builder errors) {
        return new CaseFromRequest(text(rpps), text(firstName), text(lastName), text(email),
                choice(Profession.class, "profession", profession, errors),
                choice(CareerStage.class, "careerStage", careerStage, errors), text(targetCommune),
                date(errors));
    }

    private LocalDate date(FormErrors.Builder errors) {
        String day = text(plannedStartDate);
        try {
            return day == null ? null : LocalDate.parse(day);
        } catch (DateTimeParseException malformed) {
            errors.field("plannedStartDate", "Indiquez une date d'installation valide.");
            return null;
        }
    }
}
