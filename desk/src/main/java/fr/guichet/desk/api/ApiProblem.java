package fr.guichet.desk.api;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The API refused a call, with its RFC 9457 problem: a page shows its French detail (and, on a form, each field's
 * message beside the field) rather than failing.
 */
public class ApiProblem extends RuntimeException {

    private final int status;
    private final String title;
    private final String detail;
    private final List<FieldError> errors;
    private final Map<String, Object> members;

    public ApiProblem(int status, String title, String detail, List<FieldError> errors) {
        this(status, title, detail, errors, Map.of());
    }

    /** With the problem's members of its own (RFC 9457 extensions), such as the steps a refused move allows. */
    public ApiProblem(int status, String title, String detail, List<FieldError> errors, Map<String, Object> members) {
        super(status + " " + title + ": " + detail);
        this.status = status;
        this.title = title;
        this.detail = detail;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
        this.members = members == null ? Map.of() : new HashMap<>(members); // a member may be null: no Map.copyOf
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public String detail() {
        return detail;
    }

    public List<FieldError> errors() {
        return errors;
    }

    /** The message the API gave for one field, or null. */
    public String errorFor(String field) {
        return errors.stream().filter(e -> field.equals(e.field())).map(FieldError::message).findFirst().orElse(null);
    }

    /** A member of the problem that is a list of texts (empty when absent), e.g. {@code missing} on a refused move. */
    public List<String> texts(String member) {
        return members.get(member) instanceof List<?> values
                ? values.stream().map(String::valueOf).toList()
                : List.of();
    }

    public boolean isNotFound() {
        return status == 404;
    }

    /** The API is down or answered with a server error: nothing the user can fix. */
    public boolean isUnavailable() {
        return status >= 500;
    }

    public record FieldError(String field, String message) {
    }
}
