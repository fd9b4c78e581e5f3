package fr.guichet.desk.login;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/** The Pro Santé Connect link goes to the identity provider through Keycloak; the ordinary login does not. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class ProSanteConnectTest {

    @Test
    void the_pro_sante_connect_link_asks_keycloak_for_its_identity_provider() {
        given().redirects().follow(false).get("/connexion/psc").then().statusCode(302)
                .header("Location", allOf(containsString("response_type=code"),
                        containsString("kc_idp_hint=psc"), containsString("code_challenge_method=S256")));
    }

    @Test
    void the_home_page_offers_the_pro_sante_connect_link() {
        given().get("/").then().statusCode(200)
                .body(containsString("<a class=\"fr-btn\" href=\"/connexion/psc\">Se connecter avec Pro Santé Connect</a>"));
    }

    @Test
    void the_ordinary_login_leaves_the_choice_to_keycloaks_page() {
        given().redirects().follow(false).get("/connexion").then().statusCode(302)
                .header("Location", allOf(containsString("response_type=code"), not(containsString("kc_idp_hint"))));
    }
}
