package fr.guichet.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

/** Pages go to the desk with the browser's cookies and public address; the API and the gateway's own paths do not. */
@QuarkusTest
class DeskRouteTest {

    @BeforeEach
    void deskAnswers() {
        Downstreams.desk.resetAll();
        Downstreams.cases.resetAll();
        Downstreams.desk.stubFor(get(urlEqualTo("/dossiers?q=martin")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/html;charset=UTF-8")
                .withHeader("Set-Cookie", "q_session=abc; Path=/; HttpOnly; SameSite=Lax")
                .withHeader("Content-Security-Policy", "default-src 'self'")
                .withHeader("X-Internal", "secret")
                .withBody("<h1>Dossiers</h1>")));
        Downstreams.desk.stubFor(post(urlEqualTo("/sollicitations")).willReturn(aResponse().withStatus(303)
                .withHeader("Location", "/sollicitations/42")));
    }

    @Test
    void a_page_reaches_the_desk_with_the_cookies_and_the_public_address() {
        given().cookie("q_session", "abc").header("HX-Request", "true").header("X-Forwarded-Host", "evil.example")
                .when().get("/dossiers?q=martin")
                .then().statusCode(200)
                .body(containsString("<h1>Dossiers</h1>"))
                .header("Set-Cookie", containsString("q_session=abc"))
                .header("Content-Security-Policy", "default-src 'self'")
                .header("X-Internal", nullValue());

        Downstreams.desk.verify(getRequestedFor(urlEqualTo("/dossiers?q=martin"))
                .withHeader("Cookie", equalTo("q_session=abc"))
                .withHeader("HX-Request", equalTo("true"))
                .withHeader("X-Forwarded-Host", equalTo("localhost:" + RestAssured.port))
                .withHeader("X-Forwarded-Proto", equalTo("http"))
                .withHeader("X-Forwarded-For", equalTo("127.0.0.1")));
    }

    @Test
    void a_form_posts_through_and_its_redirect_stays_on_the_site() {
        given().redirects().follow(false).contentType("application/x-www-form-urlencoded").formParam("question", "Où ?")
                .when().post("/sollicitations")
                .then().statusCode(303).header("Location", "/sollicitations/42");
    }

    @Test
    void the_api_and_the_gateways_own_paths_never_reach_the_desk() {
        given().when().get("/api/nothing-here").then().statusCode(401);
        given().when().get("/q/health").then().statusCode(200);
        given().when().get("/api").then().statusCode(401);

        Downstreams.desk.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void a_desk_that_does_not_answer_gives_a_french_page() {
        Downstreams.desk.stubFor(get(urlEqualTo("/lent")).willReturn(aResponse().withFault(
                com.github.tomakehurst.wiremock.http.Fault.CONNECTION_RESET_BY_PEER)));

        given().when().get("/lent")
                .then().statusCode(503).contentType(containsString("text/html"))
                .body(containsString("Service momentanément indisponible"));
    }
}
