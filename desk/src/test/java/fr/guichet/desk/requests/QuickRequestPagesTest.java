package fr.guichet.desk.requests;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static fr.guichet.desk.support.FakeApi.api;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.guichet.desk.support.Browser;
import fr.guichet.desk.support.FakeApi;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(FakeApi.class)
class QuickRequestPagesTest {

    static final String ID = "5b0c1d2e-3f40-4a51-8b62-7c83d94ea5f6";
    static final String CASE_ID = "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d";
    static final String DURAND = """
            {"id":"%s","version":3,"status":"OPEN","channel":"PHONE",
             "requester":{"firstName":"Léa","lastName":"Durand","phone":"03 23 00 00 00","profession":"GENERAL_PRACTITIONER","careerStage":"INTERN"},
             "subject":"AIDS","department":"02","commune":"02408",
             "question":"Quelles aides pour m'installer ? <script>alert(1)</script>","assignee":"marie",
             "receivedAt":"2026-03-02T08:05:00Z","createdAt":"2026-03-02T08:05:00Z"}""".formatted(ID);
    static final String ORGANISATIONS = """
            [{"code":"CPAM-02","name":"CPAM de l'Aisne","kind":"CPAM"},{"code":"ORDRE-MEDECINS-02","name":"Ordre des médecins de l'Aisne","kind":"ORDRE"}]""";

    Browser correspondant;

    @BeforeEach
    void logIn() {
        api.resetAll();
        api.stubFor(get(urlEqualTo("/api/partners/organisations")).willReturn(okJson(ORGANISATIONS)));
        correspondant = Browser.loggedIn("marie", "correspondant");
    }

    @Test
    void the_blank_form_is_set_for_a_phone_call_answered_at_once_with_the_partner_organisations() {
        correspondant.request().get("/sollicitations/nouvelle").then().statusCode(200)
                .body(containsString("<h1>Consigner une sollicitation</h1>"))
                .body(containsString("<option value=\"PHONE\" selected>Téléphone</option>"))
                .body(containsString("value=\"ANSWERED\" checked"))
                .body(containsString("<option value=\"CPAM-02\">CPAM de l&#39;Aisne</option>"))
                .body(containsString("name=\"csrf-token\""));
    }

    @Test
    void a_call_is_logged_and_closed_in_one_post_then_its_page_says_so() {
        api.stubFor(post(urlEqualTo("/api/requests")).willReturn(okJson(DURAND.replace("\"OPEN\"", "\"ORIENTED\"")).withStatus(201)));

        correspondant.form("/sollicitations/nouvelle")
                .formParam("channel", "PHONE").formParam("subject", "AIDS").formParam("firstName", "Léa")
                .formParam("lastName", "Durand").formParam("profession", "GENERAL_PRACTITIONER").formParam("careerStage", "")
                .formParam("department", "02").formParam("commune", "").formParam("question", "Quelles aides ?")
                .formParam("answer", "Voir la CPAM.").formParam("status", "ORIENTED").formParam("orientedTo", "CPAM-02")
                .post("/sollicitations").then().statusCode(303)
                .header("Location", containsString("/sollicitations/" + ID + "?enregistree=oui"));

        api.verify(postRequestedFor(urlEqualTo("/api/requests")).withRequestBody(equalToJson("""
                {"channel":"PHONE","requester":{"firstName":"Léa","lastName":"Durand","profession":"GENERAL_PRACTITIONER"},
                 "subject":"AIDS","department":"02","question":"Quelles aides ?","answer":"Voir la CPAM.",
                 "status":"ORIENTED","orientedTo":"CPAM-02"}""", false, false)));
    }

    @Test
    void a_refused_request_shows_the_form_again_as_typed_with_french_messages_beside_the_fields() {
        api.stubFor(post(urlEqualTo("/api/requests")).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/problem+json").withBody("""
                        {"type":"https://guichet.example/problems/400","title":"Bad Request","status":400,
                         "detail":"The request has invalid fields.",
                         "errors":[{"field":"answer","message":"is required for an ANSWERED request"},
                                   {"field":"requester.phone","message":"must be a phone number"}]}""")));

        correspondant.form("/sollicitations/nouvelle")
                .formParam("channel", "EMAIL").formParam("subject", "ZONING").formParam("lastName", "Durand <b>")
                .formParam("phone", "abc").formParam("department", "02").formParam("question", "Ma commune est-elle en ZIP ?")
                .formParam("answer", "").formParam("status", "ANSWERED")
                .post("/sollicitations").then().statusCode(400)
                .body(containsString("<title>Erreur — Consigner une sollicitation"))
                .body(containsString("Le formulaire contient 2 erreurs"))
                .body(containsString("<a href=\"#answer\">Saisissez la réponse donnée : une demande répondue en a besoin.</a>"))
                .body(containsString("fr-input-group fr-input-group--error"))
                .body(containsString("Indiquez un numéro de téléphone, par exemple 03 23 00 00 00."))
                .body(containsString(">Ma commune est-elle en ZIP ?</textarea>"))
                .body(containsString("value=\"Durand &lt;b&gt;\""))
                .body(containsString("<option value=\"EMAIL\" selected>Courriel</option>"))
                .body(containsString("<option value=\"ZONING\" selected>Zonage</option>"))
                .body(containsString("value=\"ANSWERED\" checked"))
                .body(not(containsString("invalid fields")));
    }

    @Test
    void a_department_the_correspondant_does_not_cover_is_said_beside_the_department() {
        api.stubFor(post(urlEqualTo("/api/requests")).willReturn(aResponse().withStatus(403)
                .withHeader("Content-Type", "application/problem+json")
                .withBody("{\"title\":\"Forbidden\",\"status\":403,\"detail\":\"Department 75 is not yours.\"}")));

        correspondant.form("/sollicitations/nouvelle")
                .formParam("channel", "PHONE").formParam("subject", "AIDS").formParam("department", "75")
                .formParam("question", "Une question").formParam("status", "OPEN")
                .post("/sollicitations").then().statusCode(403)
                .body(containsString("Ce département n&#39;est pas l&#39;un de ceux que vous suivez."))
                .body(containsString("value=\"75\""));
    }

    @Test
    void a_form_without_its_csrf_token_is_refused_and_nothing_reaches_the_api() {
        correspondant.request().contentType("application/x-www-form-urlencoded")
                .formParam("channel", "PHONE").formParam("subject", "AIDS").formParam("question", "?")
                .post("/sollicitations").then().statusCode(400);

        api.verify(0, postRequestedFor(urlEqualTo("/api/requests")));
    }

    @Test
    void the_log_passes_the_search_and_filters_to_the_api_and_pages_with_its_cursor() {
        api.stubFor(get(urlPathEqualTo("/api/requests"))
                .willReturn(okJson("{\"items\":[" + DURAND + "],\"nextCursor\":\"abc+/=\"}")));

        correspondant.request().queryParam("q", "installer \"maison de santé\"").queryParam("status", "OPEN")
                .queryParam("subject", "AIDS").queryParam("department", "02").queryParam("receivedFrom", "2026-01-01")
                .queryParam("mine", "true")
                .get("/sollicitations").then().statusCode(200)
                .body(containsString("<a href=\"/sollicitations/" + ID + "\">Léa Durand</a>"))
                .body(containsString("2 mars 2026 à 09h05"))
                .body(containsString("Aides à l&#39;installation"))
                .body(containsString("À traiter"))
                .body(containsString("value=\"installer &quot;maison de santé&quot;\""))
                .body(containsString("id=\"mine\" name=\"mine\" value=\"true\" checked"))
                .body(containsString("cursor=abc%2B%2F%3D\">Page suivante</a>"));

        api.verify(getRequestedFor(urlPathEqualTo("/api/requests"))
                .withQueryParam("q", equalTo("installer \"maison de santé\"")).withQueryParam("status", equalTo("OPEN"))
                .withQueryParam("subject", equalTo("AIDS")).withQueryParam("department", equalTo("02"))
                .withQueryParam("receivedFrom", equalTo("2026-01-01")).withQueryParam("assignee", equalTo("marie"))
                .withQueryParam("cursor", absent()));
    }

    @Test
    void a_filter_the_api_refuses_is_said_in_french_beside_it() {
        api.stubFor(get(urlPathEqualTo("/api/requests")).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/problem+json")
                .withBody("{\"title\":\"Bad Request\",\"status\":400,\"errors\":[{\"field\":\"department\",\"message\":\"must be a department code\"}]}")));

        correspondant.request().queryParam("department", "999x").get("/sollicitations").then().statusCode(400)
                .body(containsString("Indiquez un code de département, par exemple 02 ou 2A."))
                .body(containsString("value=\"999x\""));
    }

    @Test
    void a_request_shows_its_facts_with_its_question_as_text() {
        api.stubFor(get(urlEqualTo("/api/requests/" + ID)).willReturn(okJson(DURAND).withHeader("ETag", "\"3\"")));

        correspondant.request().get("/sollicitations/" + ID + "?enregistree=oui").then().statusCode(200)
                .body(containsString("<h1>Sollicitation de Léa Durand</h1>"))
                .body(containsString("La sollicitation est enregistrée."))
                .body(containsString("Médecin généraliste"))
                .body(containsString("Interne"))
                .body(containsString("&lt;script&gt;alert(1)&lt;/script&gt;"))
                .body(not(containsString("<script>alert(1)")))
                .body(containsString("name=\"etag\" value=\"&quot;3&quot;\""))
                // the request gives names, profession, stage and commune: the case asks only the RPPS and the e-mail
                .body(containsString("id=\"rpps\""))
                .body(containsString("id=\"email\""))
                .body(not(containsString("id=\"targetCommune\"")))
                .body(not(containsString("id=\"lastName\"")));
    }

    @Test
    void a_request_unknown_to_the_api_is_a_french_not_found_page() {
        api.stubFor(get(urlEqualTo("/api/requests/" + ID)).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/problem+json").withBody("{\"title\":\"Not Found\",\"status\":404}")));

        correspondant.request().get("/sollicitations/" + ID).then().statusCode(404)
                .body(containsString("Page introuvable"));
    }

    @Test
    void settling_a_request_sends_its_version_and_the_outcome_then_shows_it_changed() {
        api.stubFor(get(urlEqualTo("/api/requests/" + ID)).willReturn(okJson(DURAND).withHeader("ETag", "\"3\"")));
        api.stubFor(patch(urlEqualTo("/api/requests/" + ID)).willReturn(okJson(DURAND)));

        correspondant.form("/sollicitations/" + ID)
                .formParam("etag", "\"3\"").formParam("subject", "AIDS").formParam("answer", "Rendez-vous pris.")
                .formParam("status", "CLOSED").formParam("orientedTo", "CPAM-02")
                .post("/sollicitations/" + ID).then().statusCode(303)
                .header("Location", containsString("/sollicitations/" + ID + "?modifiee=oui"));

        api.verify(patchRequestedFor(urlEqualTo("/api/requests/" + ID)).withHeader("If-Match", equalTo("\"3\""))
                .withRequestBody(equalToJson("{\"subject\":\"AIDS\",\"answer\":\"Rendez-vous pris.\",\"status\":\"CLOSED\"}")));
    }

    @Test
    void a_request_changed_meanwhile_shows_as_it_is_now_with_the_outcome_typed_kept() {
        api.stubFor(get(urlEqualTo("/api/requests/" + ID)).willReturn(okJson(DURAND).withHeader("ETag", "\"4\"")));
        api.stubFor(patch(urlEqualTo("/api/requests/" + ID)).willReturn(aResponse().withStatus(412)
                .withHeader("Content-Type", "application/problem+json").withBody("{\"title\":\"Precondition Failed\",\"status\":412}")));

        correspondant.form("/sollicitations/" + ID)
                .formParam("etag", "\"3\"").formParam("subject", "AIDS").formParam("answer", "Ma réponse tapée")
                .formParam("status", "ANSWERED")
                .post("/sollicitations/" + ID).then().statusCode(412)
                .body(containsString("a été modifiée depuis que vous l&#39;avez ouverte"))
                .body(containsString(">Ma réponse tapée</textarea>"))
                .body(containsString("name=\"etag\" value=\"&quot;4&quot;\""));
    }

    @Test
    void opening_a_case_sends_only_what_the_request_lacks_and_leads_to_the_case() {
        api.stubFor(get(urlEqualTo("/api/requests/" + ID)).willReturn(okJson(DURAND).withHeader("ETag", "\"3\"")));
        api.stubFor(post(urlEqualTo("/api/requests/" + ID + "/case"))
                .willReturn(okJson("{\"id\":\"" + CASE_ID + "\",\"reference\":\"GU-2026-000042\"}").withStatus(201)));

        correspondant.form("/sollicitations/" + ID)
                .formParam("etag", "\"3\"").formParam("rpps", "10005173140").formParam("email", "lea.durand@example.org")
                .formParam("plannedStartDate", "")
                .post("/sollicitations/" + ID + "/dossier").then().statusCode(303)
                .header("Location", containsString("/dossiers/" + CASE_ID));

        api.verify(postRequestedFor(urlEqualTo("/api/requests/" + ID + "/case")).withHeader("If-Match", equalTo("\"3\""))
                .withRequestBody(equalToJson("{\"rpps\":\"10005173140\",\"email\":\"lea.durand@example.org\"}")));
    }

    @Test
    void a_case_the_api_refuses_shows_the_rpps_typed_and_its_french_message() {
        api.stubFor(get(urlEqualTo("/api/requests/" + ID)).willReturn(okJson(DURAND).withHeader("ETag", "\"3\"")));
        api.stubFor(post(urlEqualTo("/api/requests/" + ID + "/case")).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/problem+json").withBody("""
                        {"title":"Bad Request","status":400,"detail":"The case lacks facts the request did not give.",
                         "errors":[{"field":"email","message":"must not be blank"},{"field":"rpps","message":"must be an RPPS number"}]}""")));

        correspondant.form("/sollicitations/" + ID)
                .formParam("etag", "\"3\"").formParam("rpps", "123")
                .post("/sollicitations/" + ID + "/dossier").then().statusCode(400)
                .body(containsString("<title>Erreur — Sollicitation de Léa Durand"))
                .body(containsString("Indiquez le numéro RPPS du professionnel : 11 chiffres."))
                .body(containsString("Indiquez une adresse électronique valide, par exemple nom@exemple.fr."))
                .body(containsString("id=\"rpps\" name=\"rpps\" value=\"123\""));
    }
}
