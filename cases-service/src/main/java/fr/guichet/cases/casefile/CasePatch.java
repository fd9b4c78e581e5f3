package fr.guichet.cases.casefile;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import fr.guichet.cases.casefile.CaseRequests.CaseChanges;
import fr.guichet.common.problem.Problem;
import fr.guichet.common.problem.ProblemException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;

/**
 * A JSON merge patch of a case (RFC 7396): a field left out stays as it is, a field set to null is
 * cleared, any other value replaces it. Fields the case cannot do without cannot be cleared.
 */
record CasePatch(CaseChanges values, Set<String> cleared) {

    private static final Set<String> FIELDS = Set.copyOf(Arrays.stream(CaseChanges.class.getRecordComponents())
            .map(RecordComponent::getName).toList());
    private static final Set<String> REQUIRED = Set.of("firstName", "lastName", "email", "careerStage", "targetCommune");

    static CasePatch read(JsonNode body, ObjectMapper json, Validator validator) throws JsonProcessingException {
        if (!(body instanceof ObjectNode fields)) {
            throw new ProblemException(Problem.invalid("A merge patch is a JSON object of the fields to change.", List.of()));
        }
        ObjectNode values = fields.deepCopy();
        Set<String> cleared = new TreeSet<>();
        fields.properties().stream().filter(field -> field.getValue().isNull()).forEach(field -> cleared.add(field.getKey()));
        values.remove(cleared);
        requireClearable(cleared);
        // Jackson's own errors (unknown field, wrong type) go to the usual 400 problems
        CaseChanges changes = json.treeToValue(values, CaseChanges.class);
        Set<ConstraintViolation<CaseChanges>> violations = validator.validate(changes);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return new CasePatch(changes, cleared);
    }

    private static void requireClearable(Set<String> cleared) {
        List<Problem.FieldError> errors = cleared.stream()
                .map(field -> !FIELDS.contains(field) ? new Problem.FieldError(field, "is not a field of a case")
                        : REQUIRED.contains(field) ? new Problem.FieldError(field, "cannot be cleared") : null)
                .filter(error -> error != null)
                .toList();
        if (!errors.isEmpty()) {
            throw new ProblemException(Problem.invalid("The request has invalid fields.", errors));
        }
    }

}
