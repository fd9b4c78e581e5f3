package fr.guichet.desk.simulator;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import fr.guichet.desk.api.ApiProblem;

/** What is wrong with the simulator's form, input by input, in French, as the page shows it beside each input. */
public class FormErrors {

    private final Map<Input, String> byInput = new EnumMap<>(Input.class);
    private final List<String> others = new ArrayList<>();

    private static final String REFUSED = "Le service n'a pas accepté ce projet : vérifiez vos réponses.";

    /**
     * The API's refusal of a project: each field error on its input, a commune the API does not know on the commune;
     * the API's own messages are English, so the page says it in its own words.
     */
    static FormErrors of(ApiProblem problem) {
        FormErrors errors = new FormErrors();
        if (problem.isNotFound()) {
            errors.byInput.put(Input.COMMUNE, Input.COMMUNE.message());
        }
        for (ApiProblem.FieldError error : problem.errors()) {
            Input.ofApiField(error.field()).ifPresentOrElse(input -> errors.byInput.putIfAbsent(input, input.message()),
                    () -> errors.others.add("La réponse « " + error.field() + " » n'est pas acceptée."));
        }
        if (errors.isEmpty()) {
            errors.others.add(REFUSED);
        }
        return errors;
    }

    /** Records that an input's value is not of the right kind; returns null, the value the project then gets. */
    <T> T refuse(Input input) {
        byInput.putIfAbsent(input, input.message());
        return null;
    }

    public boolean isEmpty() {
        return byInput.isEmpty() && others.isEmpty();
    }

    /** The message for an input named as in the URL ("jours"), or null. */
    public String of(String parameter) {
        return byInput.get(Input.ofParameter(parameter));
    }

    public boolean has(String parameter) {
        return of(parameter) != null;
    }

    /** Every error, in the order of the form, for the summary above it: the input's name and its message. */
    public List<Entry> summary() {
        List<Entry> entries = new ArrayList<>();
        byInput.forEach((input, message) -> entries.add(new Entry(input.parameter(), message)));
        others.forEach(message -> entries.add(new Entry(null, message)));
        return entries;
    }

    public record Entry(String parameter, String message) {
    }
}
