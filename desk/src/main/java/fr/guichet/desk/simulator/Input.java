package fr.guichet.desk.simulator;

import java.util.Arrays;
import java.util.Optional;

/**
 * Each input of the simulator's form: its name in the page's URL, the API field it fills, and what to tell the
 * visitor in French when the API refuses its value (the API decides what is valid; its own messages are English).
 */
public enum Input {
    PROFESSION("profession", "profession", "Choisissez votre profession dans la liste."),
    CAREER_STAGE("etape", "careerStage", "Choisissez où vous en êtes de votre parcours."),
    COMMUNE_NAME("nom", null, "Saisissez au moins les deux premières lettres du nom de la commune."),
    COMMUNE("commune", "targetCommune",
            "Choisissez la commune d'exercice parmi les résultats : saisissez le début de son nom puis « Chercher la commune »."),
    START("debut", "plannedStartDate", "Indiquez la date de début prévue au format jj/mm/aaaa, par exemple 01/09/2027."),
    PRACTICE_MODE("exercice", "practiceMode", "Choisissez un mode d'exercice dans la liste."),
    COORDINATED_PRACTICE("coordination", "coordinatedPractice", "Choisissez une forme d'exercice dans la liste."),
    SECTOR("secteur", "sector", "Choisissez un secteur dans la liste."),
    ON_CALL_DUTY("garde", "onCallDuty", "Répondez par oui ou par non, ou laissez « Je ne sais pas »."),
    DAYS_PER_WEEK("jours", "daysPerWeek", "Indiquez un nombre de jours par semaine entre 0,5 et 7, par exemple 4 ou 4,5."),
    PRACTICE_SITE("site", "practiceSite", "Choisissez cabinet principal ou cabinet secondaire."),
    INSTALLED_ELSEWHERE("dejaInstalle", "alreadyInstalledElsewhere", "Répondez par oui ou par non, ou laissez « Je ne sais pas »."),
    STUDY_MONTHS("moisEtudes", "remainingStudyMonths", "Indiquez un nombre entier de mois entre 0 et 240."),
    INSTALLED_ON("installeLe", "installedOn", "Indiquez la date d'installation au format jj/mm/aaaa, par exemple 01/03/2024."),
    HORIZON("horizon", "horizonYears", "Indiquez une durée entre 1 et 10 ans."),
    RECEIVED_AID("aideRecue", "aidsAlreadyReceived", "Choisissez l'aide déjà reçue dans la liste."),
    RECEIVED_ON("aideRecueLe", "aidsAlreadyReceived.date",
            "Indiquez la date à laquelle vous avez reçu cette aide, au format jj/mm/aaaa.");

    private final String parameter;
    private final String apiField;
    private final String message;

    Input(String parameter, String apiField, String message) {
        this.parameter = parameter;
        this.apiField = apiField;
        this.message = message;
    }

    public String parameter() {
        return parameter;
    }

    public String message() {
        return message;
    }

    /**
     * The input an API field error is about: "daysPerWeek" is DAYS_PER_WEEK, and an aid already received
     * ("aidsAlreadyReceived[0].date") its date or its code.
     */
    static Optional<Input> ofApiField(String field) {
        if (field == null) {
            return Optional.empty();
        }
        if (field.startsWith("aidsAlreadyReceived")) {
            return Optional.of(field.endsWith(".date") ? RECEIVED_ON : RECEIVED_AID);
        }
        return Arrays.stream(values()).filter(input -> field.equals(input.apiField)).findFirst();
    }

    static Input ofParameter(String parameter) {
        return Arrays.stream(values()).filter(input -> input.parameter.equals(parameter)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No input named " + parameter));
    }
}
