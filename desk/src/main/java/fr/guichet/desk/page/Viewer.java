package fr.guichet.desk.page;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The person looking at the page, as the templates see them ({@code {inject:viewer.name}}). */
@RequestScoped
@Named("viewer")
public class Viewer {

    public static final String CORRESPONDANT = "correspondant";
    public static final String DOCTOR = "doctor";
    public static final String ORGANISER = "organiser";

    @Inject
    SecurityIdentity identity;

    @Inject
    HttpServerRequest request;

    public boolean isAnonymous() {
        return identity.isAnonymous();
    }

    public boolean isCorrespondant() {
        return identity.hasRole(CORRESPONDANT);
    }

    public boolean isDoctor() {
        return identity.hasRole(DOCTOR);
    }

    public boolean isOrganiser() {
        return identity.hasRole(ORGANISER);
    }

    /** The name the identity provider gives, else the login name. */
    public String name() {
        if (identity.getPrincipal() instanceof JsonWebToken token) {
            Object name = token.getClaim("name");
            if (name != null) {
                return name.toString();
            }
            Object login = token.getClaim("preferred_username");
            return login == null ? token.getName() : login.toString();
        }
        return identity.isAnonymous() ? "" : identity.getPrincipal().getName();
    }

    /**
     * Where a logged-in person starts: the correspondant's inbox, the doctor's own file, the organiser's events, else
     * the public home.
     */
    public String homePath() {
        if (isCorrespondant()) {
            return "/accueil";
        }
        if (isDoctor()) {
            return "/mon-installation";
        }
        if (isOrganiser()) {
            return "/organisation";
        }
        return "/";
    }

    /** Whether the page shown is this section of the site, for the menu's {@code aria-current}. */
    public boolean at(String section) {
        String path = request.path();
        return path.equals(section) || path.startsWith(section + "/");
    }

    /** Whether the page shown is this very page, not one below it: a section whose sub-sections have menu entries. */
    public boolean atPage(String page) {
        return request.path().equals(page);
    }
}
