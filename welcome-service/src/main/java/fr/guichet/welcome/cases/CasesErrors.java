package fr.guichet.welcome.cases;

import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

/** Sorts cases-service's error answers: a 4xx refuses this caller or this request (no retry), a 5xx is an outage. */
public class CasesErrors implements ResponseExceptionMapper<RuntimeException> {

    /** cases-service refused: its status (401, 403, 400...) and the detail of its problem, if any. */
    public static class Refused extends RuntimeException {
        private final int status;

        Refused(int status, String detail) {
            super(detail);
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    /** cases-service failed. */
    public static class Failed extends RuntimeException {
        Failed(int status) {
            super("cases-service answered " + status);
        }
    }

    @Override
    public RuntimeException toThrowable(Response response) {
        int status = response.getStatus();
        if (status >= 500) {
            return new Failed(status);
        }
        String detail = null;
        if (response.hasEntity()) {
            try {
                detail = response.readEntity(ProblemDetail.class).detail();
            } catch (RuntimeException e) {
                // not a problem document: the status says enough
            }
        }
        return new Refused(status, detail);
    }

    @Override
    public boolean handles(int status, MultivaluedMap<String, Object> headers) {
        return status >= 400;
    }

    /** The detail of an RFC 9457 problem, the one field read from it. */
    public record ProblemDetail(String detail) {
    }
}
