package fr.guichet.desk.page;

import io.quarkus.oidc.JavaScriptRequestChecker;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * htmx's partial updates cannot follow a redirect to Keycloak: when the session has ended, the OIDC layer answers
 * them 499 instead (quarkus.oidc.authentication.java-script-auto-redirect=false) and desk.js reloads the page.
 */
@ApplicationScoped
public class HtmxRequests implements JavaScriptRequestChecker {

    @Override
    public boolean isJavaScriptRequest(RoutingContext context) {
        return "true".equals(context.request().getHeader("HX-Request"));
    }
}
