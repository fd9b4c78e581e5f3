package fr.guichet.welcome.cases;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.rest.client.ext.ClientHeadersFactory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;

/**
 * Calls cases-service as the person who asked this service, with their own bearer token: cases-service then decides
 * with its own rules what they may do there (as the desk's UserToken does for pages), and this service holds no
 * credentials of its own for it.
 */
@ApplicationScoped
public class CallerToken implements ClientHeadersFactory {

    @Inject
    JsonWebToken token;

    @Override
    public MultivaluedMap<String, String> update(MultivaluedMap<String, String> incoming,
            MultivaluedMap<String, String> outgoing) {
        MultivaluedMap<String, String> headers = new MultivaluedHashMap<>();
        String raw = token.getRawToken();
        if (raw != null) {
            headers.add("Authorization", "Bearer " + raw);
        }
        return headers;
    }
}
