package fr.guichet.desk.indicators;

import fr.guichet.desk.api.ApiProblem;
import fr.guichet.desk.page.FormErrors;

/** The API's refusals of a period said in French, beside the period's fields. */
final class PeriodWording {

    private PeriodWording() {
    }

    static FormErrors errors(ApiProblem refused) {
        if (refused.status() == 403) {
            return FormErrors.builder().field("department", "Ce département n'est pas l'un de ceux que vous suivez.").build();
        }
        FormErrors errors = FormErrors.of(refused, (field, message) -> switch (field) {
            case "from" -> new FormErrors.Entry("from", "Indiquez une date de début valide, au plus tard la date de fin.");
            case "to" -> new FormErrors.Entry("to", "Indiquez une date de fin valide, au plus tôt la date de début.");
            case "department" -> new FormErrors.Entry("department", "Indiquez un code de département, par exemple 02 ou 2A.");
            default -> null;
        });
        return errors;
    }
}
