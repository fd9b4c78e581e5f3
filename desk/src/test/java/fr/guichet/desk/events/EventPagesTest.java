package fr.guichet.desk.events;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
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

/** The public events pages over the welcome API: the list, an event with its registration, the registrants' links. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(FakeApi.class)
class EventPagesTest {

    static final String ID = "5b2c1d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d";
    static final String EVENT = "/api/events/" + ID;
    static final String PAGE = "/evenements/" + ID;

    Browser visitor;

    @BeforeEach
    void visit() {
        api.resetAll();
        visitor = Browser.visitor();
        api.stubFor(get(urlEqualTo(EVENT)).willReturn(okJson(event(12))));
    }

    static String event(int placesLeft) {
        return """
                {"id":"%s","version":2,"status":"PUBLISHED","kind":"WELCOME_DAY","title":"Journée d'accueil des internes <b>41</b>",
                 "startsAt":"2027-03-12T08:30:00Z","endsAt":"2027-03-12T16:00:00Z","department":"41",
                 "place":{"communeInsee":"41018","address":"Hôtel du Département, Blois"},"onlineUrl":null,
                 "audience":{"studentYears":[6,4,5],"internSpecialties":["GENERAL_PRACTICE"],"replacements":true},
                 "capacity":40,"placesLeft":%d,"programme":"9 h : accueil\\n10 h : table ronde avec les maîtres de stage",
                 "partners":["CPAM de Loir-et-Cher","Ordre des médecins"],"organisation":"CD-41"}"""
                .formatted(ID, placesLeft);
    }

    @Test
    void the_list_shows_the_events_to_come_with_the_filters_passed_on_and_the_next_page() {
        api.stubFor(get(urlPathEqualTo("/api/events")).willReturn(okJson("{\"items\":[" + event(0) + "],\"nextCursor\":\"abc+1\"}")));

        visitor.request().get("/evenements?departement=41&type=WELCOME_DAY").then().statusCode(200)
                .body(containsString("<h1>Événements d'accueil</h1>"))
                .body(containsString("<a href=\"" + PAGE + "\">Journée d&#39;accueil des internes &lt;b&gt;41&lt;/b&gt;</a>"))
                .body(containsString("Journée d&#39;accueil, le 12 mars 2027 à 09h30"))
                .body(containsString("Complet : une inscription va en liste d'attente."))
                .body(containsString("<option value=\"WELCOME_DAY\" selected>Journée d&#39;accueil</option>"))
                .body(containsString("href=\"/evenements?suite=abc%2B1&amp;departement=41&amp;type=WELCOME_DAY\""));
        api.verify(getRequestedFor(urlPathEqualTo("/api/events")).withQueryParam("department", equalTo("41"))
                .withQueryParam("kind", equalTo("WELCOME_DAY")));
    }

    @Test
    void a_filter_the_api_refuses_is_said_in_french() {
        api.stubFor(get(urlPathEqualTo("/api/events")).willReturn(problem(400)));

        visitor.request().get("/evenements?departement=999").then().statusCode(400)
                .body(containsString("Ce filtre n&#39;est pas valable"))
                .body(containsString("value=\"999\""));
    }

    @Test
    void the_event_page_says_what_when_where_for_whom_and_offers_its_form() {
        visitor.request().get(PAGE).then().statusCode(200)
                .body(containsString("<h1>Journée d&#39;accueil des internes &lt;b&gt;41&lt;/b&gt;</h1>"))
                .body(containsString("Hôtel du Département, Blois (commune 41018, département 41)"))
                .body(containsString("étudiants en 4e, 5e, 6e année ; internes de médecine générale ; médecins remplaçants"))
                .body(containsString("40 en tout ; 12 restantes"))
                .body(containsString("CPAM de Loir-et-Cher, Ordre des médecins"))
                .body(containsString("<option value=\"INTERN\">Interne</option>"))
                .body(containsString("action=\"/evenements/" + ID + "/inscription\""))
                .body(containsString("name=\"csrf-token\""))
                .body(containsString(">M'inscrire</button>"));
    }

    @Test
    void a_registration_goes_to_the_api_and_a_full_event_tells_the_rank_on_the_waiting_list() {
        api.stubFor(post(urlEqualTo(EVENT + "/registrations")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"id\":\"11111111-2222-3333-4444-555555555555\",\"eventId\":\"" + ID + "\",\"status\":\"WAITING\",\"waitingPosition\":3}")));

        registration().formParam("year", " 5 ").post(PAGE + "/inscription").then().statusCode(303)
                .header("Location", endsWith(PAGE + "/inscription?attente=3"));

        api.verify(postRequestedFor(urlEqualTo(EVENT + "/registrations")).withRequestBody(equalToJson("""
                {"firstName":"Léa","lastName":"Fontaine","email":"lea.fontaine@example.org","status":"INTERN",
                 "faculty":"Tours","year":5}""")));
        visitor.request().get(PAGE + "/inscription?attente=3").then().statusCode(200)
                .body(containsString("<h1>Vous êtes en liste d'attente</h1>"))
                .body(containsString("vous êtes en position 3 sur la liste d'attente"));
        visitor.request().get(PAGE + "/inscription").then().statusCode(200)
                .body(containsString("<h1>Votre place est réservée</h1>"));
    }

    @Test
    void the_apis_refusal_comes_back_beside_the_fields_with_the_input_kept() {
        api.stubFor(post(urlEqualTo(EVENT + "/registrations")).willReturn(problem(400, """
                ,"errors":[{"field":"email","message":"must be a well-formed email address"}]""")));

        registration("pas-une-adresse").post(PAGE + "/inscription").then().statusCode(400)
                .body(containsString("Le formulaire contient une erreur"))
                .body(containsString("Indiquez votre adresse électronique, par exemple nom@exemple.fr"))
                .body(containsString("value=\"pas-une-adresse\""))
                .body(containsString("value=\"Léa\""));
    }

    @Test
    void a_year_that_is_not_a_number_is_said_without_asking_the_api() {
        registration().formParam("year", "cinquième").post(PAGE + "/inscription").then().statusCode(400)
                .body(containsString("Indiquez l&#39;année d&#39;études, ou d&#39;internat, en chiffres de 1 à 12."));

        api.verify(0, postRequestedFor(urlEqualTo(EVENT + "/registrations")));
    }

    @Test
    void an_address_already_registered_is_told_in_french() {
        api.stubFor(post(urlEqualTo(EVENT + "/registrations")).willReturn(problem(409)));

        registration().post(PAGE + "/inscription").then().statusCode(409)
                .body(containsString("cette adresse électronique est déjà inscrite à cet événement"));
    }

    @Test
    void a_registration_without_its_csrf_token_is_refused_and_nothing_reaches_the_api() {
        visitor.request().contentType("application/x-www-form-urlencoded").formParam("firstName", "Léa")
                .post(PAGE + "/inscription").then().statusCode(400);

        api.verify(0, postRequestedFor(urlEqualTo(EVENT + "/registrations")));
    }

    @Test
    void a_draft_or_unknown_event_is_the_french_not_found_page() {
        api.stubFor(get(urlEqualTo(EVENT)).willReturn(problem(404)));

        visitor.request().get(PAGE).then().statusCode(404).body(containsString("Page introuvable"));
    }

    @Test
    void the_cancellation_link_asks_first_then_cancels_with_the_token() {
        api.stubFor(post(urlEqualTo("/api/registrations/cancellations")).willReturn(okJson(
                "{\"id\":\"11111111-2222-3333-4444-555555555555\",\"eventId\":\"" + ID + "\",\"status\":\"CANCELLED\"}")));
        String ask = "/evenements/inscription/annulation?jeton=tok-en";

        visitor.request().get(ask).then().statusCode(200)
                .body(containsString("<input type=\"hidden\" name=\"jeton\" value=\"tok-en\">"))
                .body(containsString(">Annuler mon inscription</button>"));
        api.verify(0, postRequestedFor(urlEqualTo("/api/registrations/cancellations")));

        visitor.form(ask).formParam("jeton", "tok-en").post("/evenements/inscription/annulation").then().statusCode(200)
                .body(containsString("Votre inscription est annulée."));
        api.verify(postRequestedFor(urlEqualTo("/api/registrations/cancellations"))
                .withRequestBody(equalToJson("{\"token\":\"tok-en\"}")));
    }

    @Test
    void a_stale_cancellation_link_is_said_in_french() {
        api.stubFor(post(urlEqualTo("/api/registrations/cancellations")).willReturn(problem(404)));
        String ask = "/evenements/inscription/annulation?jeton=old";

        visitor.form(ask).formParam("jeton", "old").post("/evenements/inscription/annulation").then().statusCode(404)
                .body(containsString("Ce lien n&#39;est plus valable"))
                .body(not(containsString("Votre inscription est annulée")));
    }

    @Test
    void the_survey_is_answered_with_the_token_and_its_refusals_are_said_beside_the_answers() {
        String survey = "/evenements/inscription/avis?jeton=tok-en";
        visitor.request().get(survey).then().statusCode(200)
                .body(containsString("<input type=\"hidden\" name=\"jeton\" value=\"tok-en\">"))
                .body(containsString("<label class=\"fr-label\" for=\"intention-MAYBE\">Peut-être</label>"));

        api.stubFor(post(urlEqualTo("/api/registrations/survey-answers")).willReturn(problem(400, """
                ,"errors":[{"field":"score","message":"must not be null"}]""")));
        visitor.form(survey).formParam("jeton", "tok-en").formParam("intention", "YES").formParam("helped", "Les maîtres de stage")
                .post("/evenements/inscription/avis").then().statusCode(400)
                .body(containsString("Donnez une note de 1 à 5."))
                .body(containsString("id=\"intention-YES\" name=\"intention\" value=\"YES\" checked"))
                .body(containsString("Les maîtres de stage"));

        api.stubFor(post(urlEqualTo("/api/registrations/survey-answers")).willReturn(aResponse().withStatus(204)));
        visitor.form(survey).formParam("jeton", "tok-en").formParam("score", "5").formParam("intention", "YES")
                .formParam("contact", "oui").post("/evenements/inscription/avis").then().statusCode(200)
                .body(containsString("<h1>Merci pour votre avis</h1>"));
        api.verify(postRequestedFor(urlEqualTo("/api/registrations/survey-answers")).withRequestBody(equalToJson("""
                {"token":"tok-en","score":5,"settlingIntention":"YES","contactConsent":true}""")));
    }

    @Test
    void a_survey_answered_twice_is_said_in_french() {
        api.stubFor(post(urlEqualTo("/api/registrations/survey-answers")).willReturn(problem(409)));
        String survey = "/evenements/inscription/avis?jeton=tok-en";

        visitor.form(survey).formParam("jeton", "tok-en").formParam("score", "4").formParam("intention", "NO")
                .post("/evenements/inscription/avis").then().statusCode(409)
                .body(containsString("Ce questionnaire a déjà reçu une réponse"));
    }

    private RequestSpecification registration() {
        return registration("lea.fontaine@example.org");
    }

    private RequestSpecification registration(String email) {
        return visitor.form(PAGE).formParam("firstName", "Léa").formParam("lastName", "Fontaine").formParam("email", email)
                .formParam("status", "INTERN").formParam("faculty", "Tours");
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder problem(int status) {
        return problem(status, "");
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder problem(int status, String more) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/problem+json")
                .withBody("{\"type\":\"about:blank\",\"title\":\"Refused\",\"status\":" + status + ",\"detail\":\"Refused\"" + more + "}");
    }
}
