package fr.guichet.desk.testimonials;

import static fr.guichet.desk.page.FormText.given;

import org.jboss.resteasy.reactive.RestForm;

import fr.guichet.desk.page.FormErrors;

/** The person's consent as the organiser records it: the wording they signed, their photo, where to mail their link. */
public class ConsentForm {

    static final String WORDING = "Indiquez la version du formulaire d'accord que la personne a signé, par exemple "
            + "temoignage-2026-01.";

    @RestForm
    public String wordingVersion;
    /** "oui" when the person agreed that their photo is shown. */
    @RestForm
    public String photoConsent;
    @RestForm
    public String email;

    /** The consent for the API; null, with the reason in {@code errors}, without the wording's version. */
    TestimonialsApi.Consent toConsent(FormErrors.Builder errors) {
        if (given(wordingVersion) == null) {
            errors.field("wordingVersion", WORDING);
            return null;
        }
        return new TestimonialsApi.Consent(given(wordingVersion), "oui".equals(photoConsent), given(email));
    }
}
