package fr.guichet.desk.page;

import io.quarkus.qute.TemplateData;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import fr.guichet.desk.api.ApiProblem;

/**
 * What is wrong with a form, field by field, in French, as the page shows it beside each field and in a summary
 * above the form ({@code {errors.of('question')}}). The API's messages are English: each form says them in its own
 * words through a {@link Wording}.
 */
@TemplateData
public class FormErrors {

    public static final FormErrors NONE = new FormErrors(Map.of(), List.of());

    private final Map<String, String> byField;
    private final List<String> general;

    private FormErrors(Map<String, String> byField, List<String> general) {
        this.byField = byField;
        this.general = general;
    }

    /** Says one of the API's field errors in French, under the form's field name. */
    public interface Wording {

        /** The form's field and its French message for the API's error on {@code apiField}, or null when unknown. */
        Entry word(String apiField, String apiMessage);
    }

    /** The API's refusal, field by field; an error on no known field becomes a general message. */
    public static FormErrors of(ApiProblem problem, Wording wording) {
        Builder errors = new Builder();
        for (ApiProblem.FieldError error : problem.errors()) {
            Entry entry = wording.word(error.field(), error.message());
            if (entry == null) {
                errors.general("La valeur donnée pour « " + error.field() + " » n'est pas acceptée.");
            } else {
                errors.field(entry.field(), entry.message());
            }
        }
        if (errors.isEmpty()) {
            errors.general("Le service n'a pas accepté ce formulaire : vérifiez les champs puis envoyez-le de nouveau.");
        }
        return errors.build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public boolean isEmpty() {
        return byField.isEmpty() && general.isEmpty();
    }

    /** How many errors there are, on fields or not. */
    public int count() {
        return byField.size() + general.size();
    }

    /** The message beside a field, or null. */
    public String of(String field) {
        return byField.get(field);
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    /** Each field in error, in the order found, for the summary's links to the fields. */
    public List<Entry> fields() {
        List<Entry> entries = new ArrayList<>();
        byField.forEach((field, message) -> entries.add(new Entry(field, message)));
        return entries;
    }

    /** Messages that belong to no field. */
    public List<String> general() {
        return Collections.unmodifiableList(general);
    }

    @TemplateData
    public record Entry(String field, String message) {
    }

    /** Errors gathered one by one: the first message of a field stays. */
    public static class Builder {

        private final Map<String, String> byField = new LinkedHashMap<>();
        private final List<String> general = new ArrayList<>();

        public Builder field(String field, String message) {
            byField.putIfAbsent(field, message);
            return this;
        }

        public Builder general(String message) {
            general.add(message);
            return this;
        }

        public boolean isEmpty() {
            return byField.isEmpty() && general.isEmpty();
        }

        public FormErrors build() {
            return isEmpty() ? NONE : new FormErrors(new LinkedHashMap<>(byField), List.copyOf(general));
        }
    }
}
