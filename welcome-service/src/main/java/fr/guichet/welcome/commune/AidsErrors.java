package fr.guichet.welcome.commune;

import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

/** Sorts aids-service's error answers: a 4xx refuses the code (no retry), a 5xx is trouble worth a retry. */
public class AidsErrors implements ResponseExceptionMapper<RuntimeException> {

    /** aids-service knows no commune by this code (or refuses it as malformed). */
    public static class Unknown extends RuntimeException {
        Unknown(int status) {
            super("aids-service answered " + status);
        }
    }

    /** aids-service failed: retried, then reported as unavailable. */
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
