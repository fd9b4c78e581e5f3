package fr.guichet.common.problem;

import java.util.Map;

/**
 * Thrown by services when a request must be refused with a specific problem; headers (such as
 * Retry-After or Location) travel with it.
 */
public class ProblemException extends RuntimeException {

    private final Problem problem;
    private final Map<String, String> headers;

    public ProblemException(Problem problem) {
        this(problem, Map.of());
    }

    public ProblemException(Problem problem, Map<String, String> headers) {
        super(problem.detail());
        this.problem = problem;
        this.headers = Map.copyOf(headers);
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(Problem.of(403, "Forbidden", detail));
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(Problem.of(404, "Not Found", detail));
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(Problem.of(409, "Conflict", detail));
    }

    public static ProblemException unprocessable(String detail) {
        return new ProblemException(Problem.of(422, "Unprocessable Content", detail));
    }

    /**
     * Another service this one depends on is down or too slow (its calls failed, timed out, or its circuit is open):
     * 503, and Retry-After the few seconds a circuit breaker stays open.
     */
    public static ProblemException dependencyUnavailable(String detail) {
        return new ProblemException(Problem.of(503, "Service Unavailable", detail), Map.of("Retry-After", "10"));
    }

    public static ProblemException invalid(String field, String message) {
        return new ProblemException(Problem.invalid(message, java.util.List.of(new Problem.FieldError(field, message))));
    }

    public Problem problem() {
        return problem;
    }

    public Map<String, String> headers() {
        return headers;
    }
}
