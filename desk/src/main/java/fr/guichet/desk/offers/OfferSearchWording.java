package fr.guichet.desk.offers;

import fr.guichet.desk.page.FormErrors;
import fr.guichet.desk.page.FormErrors.Entry;

/** The welcome API's refusals of a search, in the search form's French words and on its fields. */
final class OfferSearchWording implements FormErrors.Wording {

    static final OfferSearchWording INSTANCE = new OfferSearchWording();
    static final String UNKNOWN_CENTRE = "Le centre de cette commune n'est pas connu : cherchez sans rayon, ou par "
            + "département.";

    private OfferSearchWording() {
    }

    @Override
    public Entry word(String apiField, String apiMessage) {
        return switch (apiField) {
            case "department" -> new Entry("departement", "Indiquez un code de département, par exemple 41 ou 2A.");
            case "commune" -> new Entry("commune", "Indiquez le code INSEE d'une commune, par exemple 41018.");
            case "radiusKm" -> new Entry("rayon", "Indiquez un rayon de 1 à 200 km, avec une commune.");
            case "kind" -> new Entry("type", "Choisissez un type d'offre dans la liste.");
            case "audience" -> new Entry("public", "Choisissez un public dans la liste.");
            case "q" -> new Entry("q", "Indiquez de 2 à 200 caractères à chercher.");
            default -> null;
        };
    }
}
