package fr.guichet.desk.exchange;

import java.util.Map;
import java.util.UUID;

/**
 * A form of the exchange the API (or the desk) refused: which one, the French explanation, each field's message and
 * what the person had typed, so the form comes back filled in. {@link #NONE} when nothing failed.
 */
public record FormState(String form, UUID target, String summary, Map<String, String> fieldErrors, Map<String, String> values) {

    public static final String MESSAGE = "message";
    public static final String DOCUMENT = "document";
    public static final String CORRECTION = "correction";
    public static final String ANSWER = "reponse";
    public static final String SETTLE = "suite";

    public static final FormState NONE = new FormState(null, null, null, Map.of(), Map.of());

    public FormState {
        fieldErrors = Map.copyOf(fieldErrors);
        values = Map.copyOf(values);
    }

    public static FormState failed(String form, UUID target, String summary, Map<String, String> fieldErrors,
            Map<String, String> values) {
        return new FormState(form, target, summary, fieldErrors, values);
    }

    /** Whether this form (of this correction request, for the forms each request has) is the one that failed. */
    public boolean failed(String name) {
        return name.equals(form);
    }

    public boolean failedFor(String name, UUID correction) {
        return failed(name) && correction.equals(target);
    }

    public String value(String field) {
        return values.getOrDefault(field, "");
    }

    public String error(String field) {
        return fieldErrors.get(field);
    }

    public boolean hasError(String field) {
        return fieldErrors.containsKey(field);
    }
}
