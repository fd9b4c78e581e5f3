package fr.guichet.desk.events;

import fr.guichet.desk.page.FormErrors;
import fr.guichet.desk.page.FormErrors.Entry;

/** The welcome API's refusals of a survey answer, in the survey form's French words. */
final class SurveyWording implements FormErrors.Wording {

    static final SurveyWording INSTANCE = new SurveyWording();

    private SurveyWording() {
    }

    @Override
    public Entry word(String apiField, String apiMessage) {
        return switch (apiField) {
            case "score" -> new Entry("score", "Donnez une note de 1 à 5.");
            case "helped" -> new Entry("helped", "Votre réponse doit faire 2 000 caractères au plus.");
            case "settlingIntention" -> new Entry("intention", "Dites si vous envisagez de vous installer sur le territoire.");
            default -> null;
        };
    }
}
