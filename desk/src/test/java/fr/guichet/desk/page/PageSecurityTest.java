package fr.guichet.desk.page;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.containsStringIgnoringCase;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/** What every page tells the browser: no inline script, never in a frame, and cookies out of scripts' reach. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class PageSecurityTest {

    @Test
    void every_page_forbids_inline_script_and_framing_the_error_pages_too() {
        for (String path : new String[] {"/", "/accessibilite", "/nulle-part"}) {
            given().redirects().follow(false).get(path).then()
                    .header("Content-Security-Policy", allOf(containsString("default-src 'self'"),
                            containsString("script-src 'self';"), containsString("style-src 'self';"),
                            containsString("frame-ancestors 'none'"), not(containsString("unsafe-inline"))))
                    .header("X-Frame-Options", "DENY")
                    .header("X-Content-Type-Options", "nosniff");
        }
    }

    @Test
    void the_login_state_and_the_forms_token_live_in_cookies_scripts_cannot_read() {
        given().redirects().follow(false).get("/connexion").then().statusCode(302)
                .header("Set-Cookie", allOf(containsString("q_auth_"), containsStringIgnoringCase("httponly"),
                        containsString("SameSite=Lax")));
        given().get("/donnees-personnelles").then().statusCode(200)
                .header("Set-Cookie", allOf(containsString("csrf-token="), containsStringIgnoringCase("httponly"),
                        containsString("SameSite=Lax")));
    }

    @Test
    void the_pages_carry_no_inline_script_or_style() {
        given().get("/").then().statusCode(200)
                .body(not(containsString("<script>")), not(containsString(" style=\"")), not(containsString("onclick=")));
    }
}
