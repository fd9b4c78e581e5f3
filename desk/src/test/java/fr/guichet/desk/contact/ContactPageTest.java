package fr.guichet.desk.contact;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static fr.guichet.desk.support.FakeApi.api;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.guichet.desk.support.Browser;
import fr.guichet.desk.support.FakeApi;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.specification.RequestSpecification;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(FakeApi.class)
class ContactPageTest {

    static final String SUBMISSIONS = "/api/requests/submissions";
    static final String RECEIVED = "{\"message\":\"Votre demande a bien été reçue.\"}";

    Browser visitor;

    @BeforeEach
    void visit() {
        api.resetAll();
        visitor = Browser.visitor();
    }

    @Test
    void the_form_is_public_with_the_french_choices_and_a_honeypot_people_neither_see_nor_reach() {
        visitor.request().get("/demande").then().statusCode(200)
                .body(containsString("<h1>Poser une question au guichet</h1>"))
                .body(containsString("name=\"csrf-token\""))
                .body(containsString("<option value=\"NURSE\">Infirmier ou infirmière</option>"))
                .body(containsString("<option value=\"INTERN\">Interne</option>"))
                .body(containsString("<option value=\"TRAINING\">Études et stages</option>"))
                .body(containsString("<div class=\"fr-sr-only\" aria-hidden=\"true\">"))
                .body(containsString(
                        "<input type=\"text\" id=\"website\" name=\"website\" value=\"\" tabindex=\"-1\" autocomplete=\"off\">"));
    }

    @Test
    void the_home_page_leads_to_the_form() {
        visitor.request().get("/").then().statusCode(200).body(containsString("<a href=\"/demande\">"));
    }

    @Test
    void a_question_is_sent_to_the_api_then_the_visitor_is_led_to_the_confirmation() {
        api.stubFor(post(urlEqualTo(SUBMISSIONS)).willReturn(aResponse().withStatus(202)
                .withHeader("Content-Type", "application/json").withBody(RECEIVED)));

        // the gateway in front gives the visitor's address, which goes on to the API's per-visitor limit
        question().header("X-Forwarded-For", "203.0.113.9").formParam("website", "").post("/demande").then().statusCode(303)
                .header("Location", endsWith("/demande/envoyee"));

        api.verify(postRequestedFor(urlEqualTo(SUBMISSIONS)).withHeader("X-Forwarded-For", equalTo("203.0.113.9"))
                .withRequestBody(equalToJson("""
                {"firstName":"Hugo","lastName":"Petit","email":"hugo.petit@example.org","profession":"NURSE",
                 "careerStage":"STUDENT","subject":"TRAINING","commune":"02408",
                 "question":"Où faire un stage en zone rurale près de Laon ?","website":""}""", false, false)));
        visitor.request().get("/demande/envoyee").then().statusCode(200)
                .body(containsString("<h1>Votre question est envoyée</h1>"))
                .body(containsString("vous répondra par courriel"));
    }

    @Test
    void the_honeypot_goes_to_the_api_as_filled_and_the_visitor_sees_the_same_confirmation() {
        api.stubFor(post(urlEqualTo(SUBMISSIONS)).willReturn(aResponse().withStatus(202)
                .withHeader("Content-Type", "application/json").withBody(RECEIVED)));

        question().formParam("website", " https://robot.example ").post("/demande").then().statusCode(303)
                .header("Location", endsWith("/demande/envoyee"));

        api.verify(postRequestedFor(urlEqualTo(SUBMISSIONS))
                .withRequestBody(equalToJson("{\"website\":\" https://robot.example \"}", false, true)));
    }

    @Test
    void a_refused_question_shows_the_form_again_as_typed_with_french_messages_beside_the_fields() {
        api.stubFor(post(urlEqualTo(SUBMISSIONS)).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/problem+json").withBody("""
                        {"type":"https://guichet.example/problems/400","title":"Bad Request","status":400,
                         "detail":"The request has invalid fields.",
                         "errors":[{"field":"email","message":"must be a well-formed email address"},
                                   {"field":"department","message":"is required when no commune is given"},
                                   {"field":"commune","message":"must be an INSEE commune code such as 02408"}]}""")));

        visitor.form("/demande").formParam("firstName", "Hugo <b>").formParam("email", "hugo")
                .formParam("profession", "NURSE").formParam("careerStage", "STUDENT").formParam("subject", "AIDS")
                .formParam("commune", "Laon").formParam("question", "Quelles aides ? <script>alert(1)</script>").formParam("website", "")
                .post("/demande").then().statusCode(400)
                .body(containsString("<title>Erreur — Poser une question au guichet"))
                .body(containsString("Le formulaire contient 3 erreurs"))
                .body(containsString("<a href=\"#email\">Indiquez votre adresse électronique, par exemple nom@exemple.fr"))
                .body(containsString("<a href=\"#department\">Indiquez votre département, ou la commune"))
                .body(containsString("fr-input fr-input--error\" type=\"email\" id=\"email\" name=\"email\" value=\"hugo\""))
                .body(containsString("<a href=\"#commune\">Indiquez le code INSEE de la commune, par exemple 02408.</a>"))
                .body(containsString("value=\"Hugo &lt;b&gt;\""))
                .body(containsString("value=\"Laon\""))
                .body(containsString("<option value=\"NURSE\" selected>Infirmier ou infirmière</option>"))
                .body(containsString("<option value=\"STUDENT\" selected>"))
                .body(containsString("<option value=\"AIDS\" selected>Aides à l&#39;installation</option>"))
                .body(containsString(">Quelles aides ? &lt;script&gt;alert(1)&lt;/script&gt;</textarea>"))
                .body(not(containsString("<script>alert(1)")))
                .body(not(containsString("invalid fields")));
    }

    @Test
    void over_the_gateways_limit_the_visitor_is_asked_in_french_to_retry_later_with_the_input_kept() {
        api.stubFor(post(urlEqualTo(SUBMISSIONS)).willReturn(aResponse().withStatus(429).withHeader("Retry-After", "360")
                .withHeader("Content-Type", "application/problem+json")
                .withBody("{\"title\":\"Too Many Requests\",\"status\":429,\"detail\":\"Rate limit exceeded.\"}")));

        question().formParam("website", "").post("/demande").then().statusCode(429)
                .body(containsString("Votre question n'a pas été envoyée"))
                .body(containsString("Réessayez un peu plus tard"))
                .body(containsString(">Où faire un stage en zone rurale près de Laon ?</textarea>"))
                .body(containsString("value=\"hugo.petit@example.org\""))
                .body(not(containsString("Rate limit")));
    }

    @Test
    void a_form_without_its_csrf_token_is_refused_and_nothing_reaches_the_api() {
        visitor.request().get("/demande").then().statusCode(200);
        visitor.request().contentType("application/x-www-form-urlencoded").formParam("email", "hugo.petit@example.org")
                .formParam("subject", "AIDS").formParam("department", "02").formParam("question", "?")
                .post("/demande").then().statusCode(400);

        api.verify(0, postRequestedFor(urlEqualTo(SUBMISSIONS)));
    }

    private RequestSpecification question() {
        return visitor.form("/demande").formParam("firstName", "Hugo").formParam("lastName", "Petit")
                .formParam("email", "hugo.petit@example.org").formParam("profession", "NURSE")
                .formParam("careerStage", "STUDENT").formParam("subject", "TRAINING").formParam("department", " ")
                .formParam("commune", "02408").formParam("question", "Où faire un stage en zone rurale près de Laon ?");
    }
}
