package fr.guichet.common.problem;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import fr.guichet.common.api.UuidParameters;
import io.quarkus.oidc.OIDCException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/**
 * Turns every failure into an RFC 9457 problem: client mistakes into precise 4xx answers, an unreachable
 * identity provider or database into a 503 with Retry-After, anything unexpected into a 500 whose body
 * reveals nothing of the internals.
 */
public class ProblemExceptionMappers {

    private static final Logger LOG = Logger.getLogger(ProblemExceptionMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e) {
        Response.ResponseBuilder builder = e.problem().toResponseBuilder();
        e.headers().forEach(builder::header);
        return builder.build();
    }

    @ServerExceptionMapper
    public Response invalidParameter(UuidParameters.InvalidParameterException e) {
        return e.problem().toResponse();
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldName(v), v.getMessage()))
                .sorted(java.util.Comparator.comparing(Problem.FieldError::field))
                .toList();
        return Problem.invalid("The request has invalid fields.", errors).toResponse();
    }

    @ServerExceptionMapper
    public Response unknownField(UnrecognizedPropertyException e) {
        String field = jsonPath(e);
        return Problem.invalid("Unknown field '" + field + "'.",
                List.of(new Problem.FieldError(field, "unknown field"))).toResponse();
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonParseException e) {
        return Problem.invalid("The body is not well-formed JSON.", List.of()).toResponse();
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonMappingException e) {
        String field = jsonPath(e);
        String message = "has the wrong type or format";
        return Problem.invalid("Field '" + field + "' " + message + ".",
                List.of(new Problem.FieldError(field, message))).toResponse();
    }

    /** Quarkus ships a closer mapper for this subtype (a wrong enum value or date) that answers outside the problem format. */
    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e) {
        return unreadableJson(e);
    }

    @ServerExceptionMapper(priority = 1)
    public Response unauthorized(UnauthorizedException e) {
        return unauthenticated();
    }

    @ServerExceptionMapper(priority = 1)
    public Response authenticationFailed(AuthenticationFailedException e) {
        return unauthenticated();
    }

    @ServerExceptionMapper(priority = 1)
    public Response forbidden(ForbiddenException e) {
        return Problem.of(403, "Forbidden", "Your role does not allow this operation.").toResponse();
    }

    /** The identity provider cannot be reached to check a token (first request after start, or an outage). */
    @ServerExceptionMapper
    public Response identityProviderUnavailable(OIDCException e) {
        LOG.warnf("Token not checked: %s", e.getMessage());
        return Problem.of(503, "Service Unavailable", "The identity provider cannot be reached; try again shortly.")
                .toResponseBuilder().header(HttpHeaders.RETRY_AFTER, "10").build();
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e) {
        Response original = e.getResponse();
        Response.StatusType status = original.getStatusInfo();
        Response.ResponseBuilder builder = Problem.of(status.getStatusCode(), status.getReasonPhrase(),
                status.getStatusCode() >= 500 ? "The server could not handle the request." : e.getMessage())
                .toResponseBuilder();
        copyHeader(original, builder, HttpHeaders.ALLOW);
        copyHeader(original, builder, HttpHeaders.RETRY_AFTER);
        return builder.build();
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e) {
        if (DatabaseOutage.causes(e)) {
            LOG.warnf("Database unavailable: %s", e.getMessage());
            return Problem.of(503, "Service Unavailable", "The database cannot be reached for now; nothing was saved. Try again shortly.")
                    .toResponseBuilder().header(HttpHeaders.RETRY_AFTER, "5").build();
        }
        LOG.error("Unexpected failure while handling a request", e);
        return Problem.of(500, "Internal Server Error", "The server could not handle the request.").toResponse();
    }

    private static Response unauthenticated() {
        return Problem.of(401, "Unauthorized", "A valid bearer token is required.")
                .toResponseBuilder().header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    private static void copyHeader(Response from, Response.ResponseBuilder to, String header) {
        Object value = from.getHeaders().getFirst(header);
        if (value != null) {
            to.header(header, value);
        }
    }

    private static String jsonPath(JsonMappingException e) {
        String path = e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."))
                .replace(".[", "[");
        return path.isEmpty() ? "(body)" : path;
    }

    /** "create.request.amount.cents" becomes "amount.cents": the method and parameter are not the client's business. */
    private static String fieldName(ConstraintViolation<?> violation) {
        List<Path.Node> nodes = StreamSupport.stream(violation.getPropertyPath().spliterator(), false)
                .filter(node -> node.getKind() != ElementKind.METHOD)
                .toList();
        List<Path.Node> beanPath = nodes.size() > 1 && nodes.get(0).getKind() == ElementKind.PARAMETER
                ? nodes.subList(1, nodes.size()) : nodes;
        String name = beanPath.stream().map(Path.Node::toString).collect(Collectors.joining("."));
        return name.isEmpty() ? "(body)" : name;
    }
}
