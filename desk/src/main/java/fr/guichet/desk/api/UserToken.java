package fr.guichet.desk.api;

import org.eclipse.microprofile.rest.client.ext.ClientHeadersFactory;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;

/**
 * Calls the API as the person looking at the page, with their own access token (refreshed by the OIDC session
 * before it expires), so that a page can never show what the API would refuse them. A visitor who is not
 * logged in calls the public operations with no token.
 */
@ApplicationScoped
public class UserToken implements ClientHeadersFactory {

    @Inject
    SecurityIdentity identity;

    @Override
    public MultivaluedMap<String, String> update(MultivaluedMap<String, String> incoming,
            MultivaluedMap<String, String> outgoing) {
        MultivaluedMap<String, String> headers = new MultivaluedHashMap<>();
        AccessTokenCredential token = identity.isAnonymous() ? null : identity.getCredential(AccessTokenCredential.class);
        if (token != null) {
            headers.add("Authorization", "Bearer " + token.getToken());
        }
        return headers;
    }
}
