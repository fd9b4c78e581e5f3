package fr.guichet.desk.welcomeindicators;

import fr.guichet.desk.api.ApiProblem;
import fr.guichet.desk.page.FormErrors;

/** The API's refusals of a year, department or organisation said in French, beside the fields. */
final class WelcomeIndicatorsWording {

    private WelcomeIndicatorsWording() {
    }

    /**
     * A 403 is about the department asked for, when one was; else, for an organiser, about an account bound to no
     * organisation.
     */
    static FormErrors errors(ApiProblem refused, WelcomeScope scope, boolean organiser) {
        if (refused.status() == 403) {
            if (scope.department() != null) {
                return FormErrors.builder().field("department", organiser
                        ? "Ce département n'est pas dans le territoire de votre organisation."
                        : "Ce département n'est pas l'un de ceux que vous suivez.").build();
            }
            return FormErrors.builder().general(organiser
                    ? "Votre compte n'est rattaché à aucune organisation : demandez à l'équipe du guichet de l'y rattacher."
                    : "Vous ne pouvez pas lire les indicateurs de cette organisation.").build();
        }
        return FormErrors.of(refused, (field, message) -> switch (field) {
            case "year" -> new FormErrors.Entry("year", "Indiquez une année sur quatre chiffres, par exemple 2027.");
            case "department" -> new FormErrors.Entry("department", "Indiquez un code de département, par exemple 02 ou 2A.");
            case "organisation" -> new FormErrors.Entry("organisation", "Indiquez le code d'une organisation, en 100 caractères au plus.");
            default -> null;
        });
    }
}
