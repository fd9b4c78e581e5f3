package fr.guichet.common.api;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.List;
import java.util.UUID;

import fr.guichet.common.problem.Problem;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

/**
 * Reads UUID parameters: JAX-RS answers a generic 404 when a path parameter fails to convert, whereas
 * {@code /cases/not-a-uuid} is a client mistake that deserves a 400 problem naming the parameter.
 */
@Provider
public class UuidParameters implements ParamConverterProvider {

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        if (rawType != UUID.class) {
            return null;
        }
        return (ParamConverter<T>) new UuidConverter(nameOf(annotations));
    }

    private static String nameOf(Annotation[] annotations) {
        for (Annotation annotation : annotations) {
            if (annotation instanceof PathParam path) {
                return path.value();
            }
            if (annotation instanceof QueryParam query) {
                return query.value();
            }
            if (annotation instanceof HeaderParam header) {
                return header.value();
            }
        }
        return "(parameter)";
    }

    private record UuidConverter(String name) implements ParamConverter<UUID> {

        @Override
        public UUID fromString(String value) {
            if (value == null) {
                return null;
            }
            try {
                return UUID.fromString(value.strip());
            } catch (IllegalArgumentException e) {
                throw new InvalidParameterException(name, "must be a UUID such as 3f2c6f7e-8a1b-4c5d-9e0f-1a2b3c4d5e6f");
            }
        }

        @Override
        public String toString(UUID value) {
            return value.toString();
        }
    }

    /**
     * A WebApplicationException, so that Quarkus REST lets it through instead of turning it into a 404; its own
     * mapper answers the problem it carries.
     */
    public static final class InvalidParameterException extends BadRequestException {

        private final transient Problem problem;

        InvalidParameterException(String name, String message) {
            super("Parameter '" + name + "' " + message + ".");
            this.problem = Problem.invalid(getMessage(), List.of(new Problem.FieldError(name, message)));
        }

        public Problem problem() {
            return problem;
        }
    }
}
