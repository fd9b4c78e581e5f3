package fr.guichet.cases.aid;

import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

/**
 * Sorts aids-service's error answers: a 4xx says the case's data is refused (no point retrying), a 5xx
 * that the service is in trouble (worth a retry, and counted by the circuit breaker).
 */
public class AidsErrors implements ResponseExceptionMapper<RuntimeException> {

    /** aids-service refused the profile: the case's data is at fault. */
    public static class Refused extends RuntimeException {
        private final int status;

        Refused(int status) {
            super("aids-service answered " + status);
            this.status = status;
        }

        public int status() {
            return status;
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
        if (status >= 500) {
            return new Failed(status);
        }
        return new Refused(status);
    }

    @Override
    public boolean handles(int status, MultivaluedMap<String, Object> headers) {
        return status >= 400;
    }
}
