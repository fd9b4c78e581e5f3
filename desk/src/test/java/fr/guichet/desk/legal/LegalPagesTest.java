package fr.guichet.desk.legal;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

@QuarkusTest
@QuarkusTestResource(value = OidcWiremockTestResource.class, restrictToAnnotatedClass = true)
class LegalPagesTest {

    @Test
    void the_privacy_page_states_how_long_personal_data_is_kept_and_who_answers_for_it() {
        given().redirects().follow(false)
                .when().get("/donnees-personnelles")
                .then().statusCode(200)
                .body(allOf(containsString("<h1>Mentions légales et données personnelles</h1>"),
                        containsString("conservées <strong>3 ans</strong> après la clôture"),
                        containsString("exploité par Agence régionale de santé"),
                        containsString("aucun cookie de mesure d'audience"),
                        containsString("csrf-token")));
    }

    @Test
    void the_accessibility_statement_gives_the_state_of_compliance_and_the_recourse() {
        given().redirects().follow(false)
                .when().get("/accessibilite")
                .then().statusCode(200)
                .body(allOf(containsString("<h1>Déclaration d'accessibilité</h1>"),
                        containsString("<strong>partiellement conforme</strong>"),
                        containsString("RGAA), version 4.1"),
                        containsString("axe-core"),
                        containsString("Défenseur des droits")));
    }
}
