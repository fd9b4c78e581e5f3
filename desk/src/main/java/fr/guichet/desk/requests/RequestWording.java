package fr.guichet.desk.requests;

import fr.guichet.desk.page.FormErrors;
import fr.guichet.desk.page.FormErrors.Entry;

/**
 * The API's refusals of the request forms said in French, beside the field the person typed in. The API reports the
 * requester's fields under {@code requester.}; the forms have them flat.
 */
public final class RequestWording implements FormErrors.Wording {

    public static final RequestWording INSTANCE = new RequestWording();

    static final String NOT_IN_LIST = "Choisissez une valeur de la liste.";
    static final String NOT_YOUR_DEPARTMENT = "Ce département n'est pas l'un de ceux que vous suivez.";

    private RequestWording() {
    }

    @Override
    public Entry word(String apiField, String apiMessage) {
        String field = apiField.startsWith("requester.") ? apiField.substring("requester.".length()) : apiField;
        String says = apiMessage == null ? "" : apiMessage;
        String message = switch (field) {
            case "channel" -> "Indiquez par quel canal la demande est arrivée.";
            case "subject" -> "Choisissez le sujet de la demande.";
            case "question" -> "Saisissez la question posée (4 000 caractères au plus).";
            case "answer" -> says.contains("required")
                    ? "Saisissez la réponse donnée : une demande répondue en a besoin."
                    : "La réponse tient en 8 000 caractères au plus.";
            case "status" -> "Choisissez la suite donnée à la demande.";
            case "orientedTo" -> orientation(says);
            case "department" -> department(says);
            case "commune" -> "Indiquez le code INSEE de la commune, par exemple 02408.";
            case "firstName" -> "Indiquez le prénom (100 caractères au plus).";
            case "lastName" -> "Indiquez le nom (100 caractères au plus).";
            case "email" -> "Indiquez une adresse électronique valide, par exemple nom@exemple.fr.";
            case "phone" -> "Indiquez un numéro de téléphone, par exemple 03 23 00 00 00.";
            case "profession" -> "Choisissez la profession.";
            case "careerStage" -> "Choisissez où en est la personne dans son parcours.";
            case "rpps" -> "Indiquez le numéro RPPS du professionnel : 11 chiffres.";
            case "targetCommune" -> "Indiquez le code INSEE de la commune d'installation, par exemple 02408.";
            case "plannedStartDate" -> "Indiquez une date d'installation valide.";
            default -> null;
        };
        return message == null ? null : new Entry(field, message);
    }

    private static String orientation(String says) {
        if (says.contains("required")) {
            return "Choisissez l'organisme vers lequel la demande est orientée.";
        }
        if (says.contains("goes with")) {
            return "Un organisme ne s'indique que pour une demande orientée vers un partenaire.";
        }
        return "Cet organisme n'est pas à la table du guichet : choisissez-en un de la liste.";
    }

    private static String department(String says) {
        if (says.contains("required")) {
            return "Indiquez le département, ou la commune.";
        }
        if (says.contains("commune")) {
            return "Ce département n'est pas celui de la commune indiquée.";
        }
        return "Indiquez un code de département, par exemple 02 ou 2A.";
    }
}
