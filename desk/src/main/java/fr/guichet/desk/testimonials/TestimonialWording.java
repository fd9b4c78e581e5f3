package fr.guichet.desk.testimonials;

import fr.guichet.desk.page.FormErrors;
import fr.guichet.desk.page.FormErrors.Entry;

/** The welcome API's refusals of a testimonial and of a consent, in the forms' French words and on their fields. */
final class TestimonialWording implements FormErrors.Wording {

    static final TestimonialWording INSTANCE = new TestimonialWording();
    static final String UNKNOWN_AID = "Un de ces codes n'est pas celui d'une aide du catalogue : vérifiez-les sur la page "
            + "Les aides.";

    private TestimonialWording() {
    }

    @Override
    public Entry word(String apiField, String apiMessage) {
        if (apiField.startsWith("aidCodes")) {
            return new Entry("aidCodes", "Indiquez au plus 10 codes d'aide, en majuscules, séparés par des espaces, par "
                    + "exemple CESP.");
        }
        return switch (apiField) {
            case "title" -> new Entry("title", "Donnez un titre de 200 caractères au plus.");
            case "story" -> new Entry("story", "Écrivez le témoignage, 20 000 caractères au plus.");
            case "author" -> new Entry("author", "Indiquez comment la personne accepte d'être nommée, par exemple « Claire, "
                    + "médecin généraliste ».");
            case "videoUrl" -> new Entry("videoUrl", "Indiquez un lien qui commence par https://, 500 caractères au plus.");
            case "photoRef" -> new Entry("photoRef", "Indiquez l'adresse de la photo, qui commence par https://.");
            case "department" -> new Entry("department", "Indiquez un département de votre territoire, par exemple 48.");
            case "communeInsee" -> new Entry("commune", "Indiquez le code INSEE de la commune (par exemple 48095), dans "
                    + "le département indiqué.");
            case "practiceMode" -> new Entry("practiceMode", "Choisissez le mode d'exercice.");
            case "settledYear" -> new Entry("settledYear", "Indiquez une année d'installation passée, par exemple 2024.");
            case "wordingVersion" -> new Entry("wordingVersion", ConsentForm.WORDING);
            case "photoConsent" -> new Entry("photoConsent", "Indiquez si la personne accepte que sa photo soit montrée.");
            case "email" -> new Entry("email", "Indiquez une adresse électronique valable, par exemple nom@exemple.fr, ou "
                    + "laissez le champ vide.");
            default -> null;
        };
    }
}
