package fr.guichet.desk.organiser;

import fr.guichet.desk.page.FormErrors;
import fr.guichet.desk.page.FormErrors.Entry;

/** The welcome API's refusals of a new event, in the event form's French words and on its fields. */
final class EventWording implements FormErrors.Wording {

    static final EventWording INSTANCE = new EventWording();
    static final String MOMENT = "Indiquez la date et l'heure, par exemple 12/03/2027 09:30.";
    static final String CAPACITY = "Indiquez le nombre de places en chiffres, de 1 à 5 000.";

    private EventWording() {
    }

    @Override
    public Entry word(String apiField, String apiMessage) {
        if (apiField.startsWith("partners")) {
            return new Entry("partners", "Un partenaire par ligne, 200 caractères au plus chacun, 30 au plus.");
        }
        if (apiField.startsWith("audience")) {
            return new Entry("audience", "Choisissez au moins un public : des années d'études, des spécialités d'internat ou "
                    + "les remplaçants.");
        }
        return switch (apiField) {
            case "kind" -> new Entry("kind", "Choisissez le type d'événement.");
            case "title" -> new Entry("title", "Donnez un titre de 200 caractères au plus.");
            case "startsAt" -> new Entry("start", MOMENT);
            case "endsAt" -> new Entry("end", "Indiquez une fin après le début, par exemple 12/03/2027 17:00.");
            case "department" -> new Entry("department", "Indiquez un département de votre territoire, par exemple 41.");
            case "place", "place.communeInsee" -> new Entry("commune", "Indiquez le code INSEE de la commune (par exemple "
                    + "41018), dans le département de l'événement, sauf pour une session en ligne.");
            case "place.address" -> new Entry("address", "Indiquez l'adresse du lieu, 300 caractères au plus.");
            case "onlineUrl" -> new Entry("onlineUrl", "Indiquez un lien qui commence par https:// (obligatoire pour une "
                    + "session en ligne).");
            case "capacity" -> new Entry("capacity", CAPACITY);
            case "programme" -> new Entry("programme", "Le programme doit faire 10 000 caractères au plus.");
            default -> null;
        };
    }
}
