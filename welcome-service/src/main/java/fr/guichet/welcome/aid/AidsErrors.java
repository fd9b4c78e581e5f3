package fr.guichet.welcome.aid;

import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

/**
 * Sorts aids-service's error answers, for its aids and its communes alike: a 4xx says it knows no such code (an
 * answer: no retry, and not a failure for the circuit breaker), a 5xx that the service is in trouble (retried, then
 * 503).
 */
public class AidsErrors implements ResponseExceptionMapper<RuntimeException> {

    /** aids-service knows no aid, or no commune, by this code (or refuses it as malformed). */
    public static class Unknown extends RuntimeException {
        Unknown(int status) {
            super("aids-service answered " + status);
        }
    }

    /** aids-service failed. */
    public static class Failed extends RuntimeException {
        Failed(int status) {
            super("aids-service answered " + status);
        }
    }

    @Override
    public RuntimeException toThrowable(Response response) {
        int status = response.getStatus();
        return status >= 500 ? new Failed(status) : new Unknown(status);
    }

    @Override
    public boolean handles(int status, MultivaluedMap<String, Object> headers) {
        return status >= 400;
    }
}
