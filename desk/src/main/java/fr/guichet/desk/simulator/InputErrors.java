package fr.guichet.desk.simulator;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import fr.guichet.desk.api.ApiProblem;
import fr.guichet.desk.page.FormErrors;

/**
 * What is wrong with the simulator's inputs, gathered in any order and shown in the form's (the enum's): a value
 * that is not even a date or a number, or the API's refusal said in the form's own French words.
 */
class InputErrors {

    private static final String REFUSED = "Le service n'a pas accepté ce projet : vérifiez vos réponses.";

    private final Map<Input, String> byInput = new EnumMap<>(Input.class);
    private final List<String> others = new ArrayList<>();

    /** The API's refusal: each field error on its input, a commune the API does not know on the commune. */
    static FormErrors of(ApiProblem problem) {
        InputErrors errors = new InputErrors();
        if (problem.isNotFound()) {
            errors.refuse(Input.COMMUNE);
        }
        for (ApiProblem.FieldError error : problem.errors()) {
            Input.ofApiField(error.field()).ifPresentOrElse(errors::refuse,
                    () -> errors.others.add("La réponse « " + error.field() + " » n'est pas acceptée."));
        }
        if (errors.byInput.isEmpty() && errors.others.isEmpty()) {
            errors.others.add(REFUSED);
        }
        return errors.toFormErrors();
    }

    /** Records that an input's value is not of the right kind; returns null, the value the project then gets. */
    <T> T refuse(Input input) {
        byInput.putIfAbsent(input, input.message());
        return null;
    }

    boolean isEmpty() {
        return byInput.isEmpty();
    }

    FormErrors toFormErrors() {
        FormErrors.Builder errors = FormErrors.builder();
        byInput.forEach((input, message) -> errors.field(input.parameter(), message));
        others.forEach(errors::general);
        return errors.build();
    }
}
