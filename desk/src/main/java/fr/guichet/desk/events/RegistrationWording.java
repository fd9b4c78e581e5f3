package fr.guichet.desk.events;

import fr.guichet.desk.page.FormErrors;
import fr.guichet.desk.page.FormErrors.Entry;

/** The welcome API's refusals of a registration, in the registration form's French words. */
final class RegistrationWording implements FormErrors.Wording {

    static final RegistrationWording INSTANCE = new RegistrationWording();
    static final String YEAR = "Indiquez l'année d'études, ou d'internat, en chiffres de 1 à 12.";

    private RegistrationWording() {
    }

    @Override
    public Entry word(String apiField, String apiMessage) {
        String message = switch (apiField) {
            case "firstName" -> "Indiquez votre prénom (100 caractères au plus).";
            case "lastName" -> "Indiquez votre nom (100 caractères au plus).";
            case "email" -> "Indiquez votre adresse électronique, par exemple nom@exemple.fr : la confirmation et le "
                    + "lien pour annuler y sont envoyés.";
            case "status" -> "Choisissez votre situation dans la liste.";
            case "faculty" -> "Le nom de la faculté doit faire 200 caractères au plus.";
            case "year" -> YEAR;
            default -> null;
        };
        return message == null ? null : new Entry(apiField, message);
    }
}
