package fr.guichet.desk.offers;

import static fr.guichet.desk.page.FormText.given;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.jboss.resteasy.reactive.RestForm;

import fr.guichet.desk.offers.OrganiserOffersApi.NewOffer;
import fr.guichet.desk.page.FormErrors;

/**
 * A new offer as the organiser fills in its form: the fields every offer has, and those of its kind. Kept to show it
 * again when something is refused.
 */
public class OfferForm {

    @RestForm
    public String kind;
    @RestForm
    public String title;
    @RestForm
    public String description;
    @RestForm
    public String department;
    @RestForm
    public String commune;
    @RestForm
    public List<String> audiences = List.of();
    /** A date field's value (2027-01-04). */
    @RestForm
    public String publishedFrom;
    @RestForm
    public String expiresOn;
    @RestForm
    public String contactName;
    @RestForm
    public String contactEmail;
    @RestForm
    public String contactPhone;
    // a job
    @RestForm
    public String position;
    @RestForm
    public String workplace;
    @RestForm
    public String startsOn;
    // internship places
    @RestForm
    public String practice;
    @RestForm
    public String supervisor;
    // a home
    @RestForm
    public String housingType;
    @RestForm
    public String address;
    /** The monthly rent in euros, "350" or "350,50"; 0 when free. */
    @RestForm
    public String rent;
    @RestForm
    public String allowanceCovers;
    /** The semesters proposed, and beside each the places typed (blank: none that semester), in the same order. */
    @RestForm
    public List<String> semester = List.of();
    @RestForm
    public List<String> places = List.of();

    /** An empty form of a kind, open from {@code today}, proposing the semesters to come. */
    static OfferForm blank(OfferKind kind, LocalDate today) {
        OfferForm form = new OfferForm();
        form.kind = kind.name();
        form.publishedFrom = today.toString();
        form.semester = Semester.after(today, Semester.PROPOSED);
        return form;
    }

    /** The kind this form is for; null when it names none. */
    public OfferKind offerKind() {
        return OfferKind.named(kind);
    }

    public boolean forAudience(OfferAudience audience) {
        return audiences.contains(audience.name());
    }

    /** The semesters' rows, each with the places typed. */
    public List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < semester.size(); i++) {
            rows.add(new Row(semester.get(i), i < places.size() ? places.get(i) : ""));
        }
        return rows;
    }

    /** The offer for the API; null, with the reasons in {@code errors}, when a date or a number cannot be read. */
    NewOffer toOffer(FormErrors.Builder errors) {
        LocalDate from = date(publishedFrom, "publishedFrom", errors);
        LocalDate until = date(expiresOn, "expiresOn", errors);
        OfferKind offerKind = offerKind();
        NewOffer.Job job = offerKind == OfferKind.JOB
                ? new NewOffer.Job(given(position), given(workplace), date(startsOn, "startsOn", errors)) : null;
        List<NewOffer.Places> semesters = offerKind == OfferKind.JOB ? List.of() : semesters(errors);
        NewOffer.Internship internship = offerKind == OfferKind.INTERNSHIP
                ? new NewOffer.Internship(given(practice), given(supervisor), semesters) : null;
        NewOffer.Housing housing = offerKind == OfferKind.HOUSING
                ? new NewOffer.Housing(given(housingType), given(address), cents(errors), given(allowanceCovers), semesters)
                : null;
        if (!errors.isEmpty()) {
            return null;
        }
        return new NewOffer(given(kind), given(title), given(description), given(department), given(commune), audiences,
                from, until, new NewOffer.Contact(given(contactName), given(contactEmail), given(contactPhone)), job,
                internship, housing);
    }

    private List<NewOffer.Places> semesters(FormErrors.Builder errors) {
        List<NewOffer.Places> given = new ArrayList<>();
        for (Row row : rows()) {
            if (given(row.places()) == null) {
                continue;
            }
            try {
                given.add(new NewOffer.Places(row.semester(), Integer.parseInt(row.places().strip())));
            } catch (NumberFormatException notANumber) {
                errors.field(Row.FIELDSET, OfferWording.PLACES);
            }
        }
        return given;
    }

    private Long cents(FormErrors.Builder errors) {
        if (given(rent) == null) {
            return null;
        }
        try {
            return new BigDecimal(rent.strip().replace(',', '.').replace(" ", "")).movePointRight(2).longValueExact();
        } catch (NumberFormatException | ArithmeticException notAnAmount) {
            errors.field("rent", OfferWording.RENT);
            return null;
        }
    }

    private static LocalDate date(String value, String field, FormErrors.Builder errors) {
        try {
            return given(value) == null ? null : LocalDate.parse(value.strip());
        } catch (DateTimeParseException notADate) {
            errors.field(field, OfferWording.DATE);
            return null;
        }
    }

    /** One semester of the form, with the places typed for it. */
    public record Row(String semester, String places) {

        /** The id of the semesters' fieldset, where their errors point. */
        static final String FIELDSET = "semestres";

        public String semesterFrench() {
            return Semester.french(semester);
        }
    }
}
