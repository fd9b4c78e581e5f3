package fr.guichet.common.tracing;

import org.jboss.logging.MDC;

import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.ext.Provider;

/**
 * Every REST client call made while serving a request carries that request's {@code X-Request-Id}, so that
 * the callee's log lines share it. A provider rather than a header on each client interface: a client added
 * later forwards it without anyone thinking of it.
 */
@Provider
public class RequestIdForwarding implements ClientRequestFilter {

    @Override
    public void filter(ClientRequestContext request) {
        Object id = MDC.get(RequestIdFilters.MDC_KEY);
        if (id != null && !request.getHeaders().containsKey(RequestIdFilters.HEADER)) {
            request.getHeaders().putSingle(RequestIdFilters.HEADER, id);
        }
    }
}
