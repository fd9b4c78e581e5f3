package fr.guichet.desk.contact;

import fr.guichet.desk.page.FormErrors;
import fr.guichet.desk.page.FormErrors.Entry;
import fr.guichet.desk.requests.RequestWording;

/**
 * The API's refusals of the public form in French: the request log's words for the same fields, except where they
 * speak of the requester and the page speaks to them.
 */
final class ContactWording implements FormErrors.Wording {

    static final ContactWording INSTANCE = new ContactWording();

    private ContactWording() {
    }

    @Override
    public Entry word(String apiField, String apiMessage) {
        String toVisitor = switch (apiField) {
            case "email" -> "Indiquez votre adresse électronique, par exemple nom@exemple.fr : le correspondant vous "
                    + "répondra à cette adresse.";
            case "careerStage" -> "Choisissez votre situation dans la liste.";
            case "department" -> apiMessage != null && apiMessage.contains("required")
                    ? "Indiquez votre département, ou la commune où vous souhaitez exercer." : null;
            default -> null;
        };
        return toVisitor == null ? RequestWording.INSTANCE.word(apiField, apiMessage) : new Entry(apiField, toVisitor);
    }
}
