package fr.guichet.desk.page;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/** An operator that is not a State service: no Marianne brand block, no State footer links, no Marianne typeface. */
@QuarkusTest
@TestProfile(NeutralBrandTest.Neutral.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
class NeutralBrandTest {

    public static class Neutral implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("guichet.desk.brand", "NEUTRAL", "guichet.desk.service-name", "Guichet santé du Pays",
                    "guichet.desk.operator", "Communauté de communes du Pays");
        }
    }

    @Test
    void the_header_and_footer_name_the_service_without_the_states_brand() {
        given().get("/").then().statusCode(200)
                .body(not(containsString("fr-logo")))
                .body(not(containsString("legifrance.gouv.fr")))
                .body(containsString("<link rel=\"stylesheet\" href=\"/desk/neutral.css\">"))
                .body(containsString("<p class=\"fr-header__service-title\">Guichet santé du Pays</p>"))
                .body(containsString("avec Communauté de communes du Pays et ses partenaires"));
    }
}
