package fr.guichet.desk.login;

import io.quarkus.arc.Unremovable;
import io.quarkus.oidc.OidcRedirectFilter;
import io.quarkus.oidc.Redirect;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Sends a login started from {@link ProSanteConnectResource#PATH} straight to Pro Santé Connect: Keycloak skips its
 * own login page for the identity provider named by {@code kc_idp_hint}. Other logins see Keycloak's page, which
 * offers the same provider as a button beside the realm's own accounts.
 */
@ApplicationScoped
@Unremovable // found by Quarkus OIDC at run time, injected nowhere
@Redirect(Redirect.Location.OIDC_AUTHORIZATION)
public class ProSanteConnect implements OidcRedirectFilter {

    /** The alias of the identity provider in the guichet realm (deploy/keycloak/guichet-realm.json). */
    static final String IDENTITY_PROVIDER = "psc";

    @Override
    public void filter(OidcRedirectContext context) {
        if (ProSanteConnectResource.PATH.equals(context.routingContext().request().path())) {
            context.additionalQueryParams().add("kc_idp_hint", IDENTITY_PROVIDER);
        }
    }
}
