package fr.guichet.desk.offers;

import fr.guichet.desk.page.FormErrors;
import fr.guichet.desk.page.FormErrors.Entry;

/** The welcome API's refusals of a new offer, in the offer form's French words and on its fields. */
final class OfferWording implements FormErrors.Wording {

    static final OfferWording INSTANCE = new OfferWording();
    static final String DATE = "Indiquez une date, par exemple 04/01/2027.";
    static final String RENT = "Indiquez le loyer mensuel en euros, par exemple 350 ou 0 s'il est gratuit.";
    static final String PLACES = "Indiquez pour chaque semestre un nombre de places de 1 à 100, en chiffres, ou laissez-le vide.";

    private OfferWording() {
    }

    @Override
    public Entry word(String apiField, String apiMessage) {
        if (apiField.startsWith("internship.placesBySemester") || apiField.startsWith("housing.availability")) {
            return new Entry(OfferForm.Row.FIELDSET, "Indiquez des places pour au moins un semestre, de 1 à 100 chacun.");
        }
        if (apiField.startsWith("audiences")) {
            return new Entry("audiences", "Choisissez au moins un public.");
        }
        return switch (apiField) {
            case "title" -> new Entry("title", "Donnez un titre de 200 caractères au plus.");
            case "description" -> new Entry("description", "Décrivez l'offre, en 10 000 caractères au plus.");
            case "department" -> new Entry("department", "Indiquez un département de votre territoire, par exemple 41.");
            case "communeInsee" -> new Entry("commune", "Indiquez le code INSEE d'une commune du département de l'offre, "
                    + "par exemple 41018.");
            case "publishedFrom" -> new Entry("publishedFrom", "Indiquez le premier jour où l'offre est publique.");
            case "expiresOn" -> new Entry("expiresOn", "Indiquez le dernier jour où l'offre est publique : aujourd'hui "
                    + "ou plus tard, et pas avant le premier jour.");
            case "contact", "contact.name" -> new Entry("contactName", "Indiquez qui contacter, 200 caractères au plus.");
            case "contact.email" -> new Entry("contactEmail", "Indiquez une adresse électronique, par exemple "
                    + "sante@departement.fr.");
            case "contact.phone" -> new Entry("contactPhone", "Indiquez un numéro de téléphone, par exemple 02 54 00 00 00.");
            case "job.position" -> new Entry("position", "Choisissez le type de poste.");
            case "job.workplace" -> new Entry("workplace", "Indiquez le lieu d'exercice, 200 caractères au plus.");
            case "job.startsOn" -> new Entry("startsOn", DATE);
            case "internship.practice" -> new Entry("practice", "Indiquez le cabinet ou la maison de santé, 200 caractères "
                    + "au plus.");
            case "internship.supervisor" -> new Entry("supervisor", "Indiquez le maître de stage, 200 caractères au plus.");
            case "housing.type" -> new Entry("housingType", "Choisissez le type de logement.");
            case "housing.address" -> new Entry("address", "Indiquez l'adresse du logement, 300 caractères au plus.");
            case "housing.rentCents" -> new Entry("rent", RENT);
            case "housing.allowanceCovers" -> new Entry("allowanceCovers", "Dites ce que couvre l'aide au logement, "
                    + "1 000 caractères au plus.");
            default -> null;
        };
    }
}
