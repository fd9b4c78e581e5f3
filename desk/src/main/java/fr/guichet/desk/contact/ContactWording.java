package fr.guichet.desk.contact;

import fr.guichet.desk.page.FormErrors;
import fr.guichet.desk.page.FormErrors.Entry;

/** The API's refusals of the public form said to the visitor, in French, beside the field they typed in. */
final class ContactWording implements FormErrors.Wording {

    static final ContactWording INSTANCE = new ContactWording();

    private ContactWording() {
    }

    @Override
    public Entry word(String apiField, String apiMessage) {
        String says = apiMessage == null ? "" : apiMessage;
        String message = switch (apiField) {
            case "firstName" -> "Votre prénom tient en 100 caractères au plus.";
            case "lastName" -> "Votre nom tient en 100 caractères au plus.";
            case "email" -> "Indiquez votre adresse électronique, par exemple nom@exemple.fr : le correspondant vous "
                    + "répondra à cette adresse.";
            case "profession" -> "Choisissez votre profession dans la liste.";
            case "careerStage" -> "Choisissez votre situation dans la liste.";
            case "subject" -> "Choisissez le sujet de votre question.";
            case "question" -> "Saisissez votre question (4 000 caractères au plus).";
            case "commune" -> "Indiquez le code INSEE de la commune, par exemple 02408.";
            case "department" -> department(says);
            default -> null;
        };
        return message == null ? null : new Entry(apiField, message);
    }

    private static String department(String says) {
        if (says.contains("required")) {
            return "Indiquez votre département, ou la commune où vous souhaitez exercer.";
        }
        if (says.contains("commune")) {
            return "Ce département n'est pas celui de la commune indiquée.";
        }
        return "Indiquez un code de département, par exemple 02 ou 2A.";
    }
}
