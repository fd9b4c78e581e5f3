package fr.guichet.desk.testimonials;

import static fr.guichet.desk.page.FormText.given;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.jboss.resteasy.reactive.RestForm;

import fr.guichet.desk.page.FormErrors;

/**
 * A new testimonial as the organiser fills in its form, with the person's consent when it is already signed; kept to
 * show it again when something is refused.
 */
public class TestimonialForm {

    static final String YEAR = "Indiquez l'année d'installation en chiffres, par exemple 2024.";

    @RestForm
    public String title;
    @RestForm
    public String story;
    @RestForm
    public String author;
    @RestForm
    public String videoUrl;
    @RestForm
    public String photoRef;
    @RestForm
    public String department;
    @RestForm
    public String commune;
    @RestForm
    public String practiceMode;
    @RestForm
    public String settledYear;
    /** The codes of the aids that helped, separated by spaces or commas. */
    @RestForm
    public String aidCodes;
    /** "oui" when the person's signed consent is recorded with the testimonial. */
    @RestForm
    public String consent;
    @RestForm
    public String wordingVersion;
    @RestForm
    public String photoConsent;
    @RestForm
    public String email;

    public boolean consentGiven() {
        return "oui".equals(consent);
    }

    /** The testimonial for the API; null, with the reasons in {@code errors}, when the year cannot be read. */
    TestimonialsApi.NewTestimonial toTestimonial(FormErrors.Builder errors) {
        Integer year = null;
        try {
            year = given(settledYear) == null ? null : Integer.valueOf(settledYear.strip());
        } catch (NumberFormatException notANumber) {
            errors.field("settledYear", YEAR);
        }
        TestimonialsApi.Consent signed = consentGiven() ? consentForm().toConsent(errors) : null;
        if (!errors.isEmpty()) {
            return null;
        }
        List<String> codes = given(aidCodes) == null ? List.of()
                : Arrays.stream(aidCodes.split("[\\s,;]+")).filter(c -> !c.isEmpty()).map(c -> c.toUpperCase(Locale.ROOT))
                        .toList();
        return new TestimonialsApi.NewTestimonial(given(title), given(story), given(author), given(videoUrl), given(photoRef),
                given(department), given(commune), given(practiceMode), year, codes);
    }

    /** The consent part of the form, recorded once the draft exists. */
    public ConsentForm consentForm() {
        ConsentForm form = new ConsentForm();
        form.wordingVersion = wordingVersion;
        form.photoConsent = photoConsent;
        form.email = email;
        return form;
    }
}
