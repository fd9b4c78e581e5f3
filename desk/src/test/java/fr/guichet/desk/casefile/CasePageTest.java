package fr.guichet.desk.casefile;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static fr.guichet.desk.support.FakeApi.api;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import fr.guichet.desk.support.Browser;
import fr.guichet.desk.support.FakeApi;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(FakeApi.class)
class CasePageTest {

    static final String ID = "7d3f6f0e-0c1a-4a53-9d43-2b8f0f3b1a11";
    static final String CASE = "/api/cases/" + ID;
    static final String PAGE = "/dossiers/" + ID;

    Browser correspondant;

    @BeforeEach
    void logIn() {
        api.resetAll();
        correspondant = Browser.loggedIn("marie", "correspondant");
    }

    @Test
    void the_page_shows_the_professional_the_project_and_the_steps_allowed_next() {
        standInCase("PROJECT_DEFINED", 3, "Claire");

        correspondant.request().get(PAGE).then().statusCode(200)
                .body(containsString("<h1>Claire Martin</h1>"))
                .body(containsString("<a class=\"fr-summary__link\" href=\"#echange-messages\">Messages</a>"))
                .body(containsString("action=\"/dossiers/" + ID + "/messages\""))
                .body(containsString("Dossier GU-2026-000123"))
                .body(containsString("Projet défini"))
                .body(containsString("Maison de santé pluriprofessionnelle (MSP)"))
                .body(containsString("Secteur 1"))
                .body(containsString("4 janvier 2027"))
                .body(containsString("2,5"))
                .body(containsString("value=\"PROCEDURES\""))
                .body(containsString("<label class=\"fr-label\" for=\"vers-PROCEDURES\">Démarches en cours</label>"))
                .body(containsString("<label class=\"fr-label\" for=\"vers-ABANDONED\">Abandonné</label>"))
                .body(not(containsString("value=\"INSTALLED\"")))
                .body(containsString("name=\"etag\" value=\"&quot;3&quot;\""))
                .body(containsString("class=\"fr-summary\""));
        // the case whole in one API read, not one per part
        api.verify(1, getRequestedFor(urlPathMatching("/api/.*")));
    }

    @Test
    void the_checklist_names_each_owner_and_marks_what_is_overdue() {
        standInCase("PROCEDURES", 5, "Claire");

        String page = correspondant.request().get(PAGE).then().statusCode(200).extract().asString();
        String late = row(page, "Inscription au tableau de l'Ordre");
        assertAll(
                () -> assertTrue(late.contains("ORDRE-MEDECINS-48"), late),
                () -> assertTrue(late.contains("En cours"), late),
                () -> assertTrue(late.contains("3 mars 2025"), late),
                () -> assertTrue(late.contains("En retard"), late),
                () -> assertTrue(late.contains("Extrait de casier judiciaire"), late));
        String onTime = row(page, "Immatriculation à l'URSSAF");
        assertFalse(onTime.contains("En retard"), onTime);
        assertTrue(onTime.contains("Le guichet"), onTime);
        assertTrue(page.contains("1 démarche en retard"), "the overdue count by the title");
    }

    @Test
    void the_plan_says_when_the_start_is_at_risk_and_the_earliest_feasible_date() {
        standInCase("PROCEDURES", 5, "Claire");

        correspondant.request().get(PAGE).then().statusCode(200)
                .body(containsString("Date de début compromise"))
                .body(containsString("Au plus tôt le 15 mars 2027, au lieu du 4 janvier 2027, à cause de l'étape « Inscription à l&#39;Ordre »"))
                .body(containsString("Chemin critique"))
                .body(containsString("90 jours"))
                .body(containsString("Délai inconnu pour cette aide"))
                .body(containsString("Non daté"));
    }

    @Test
    void the_aids_and_the_history_read_in_french() {
        standInCase("PROCEDURES", 5, "Claire");

        String page = correspondant.request().get(PAGE).then().statusCode(200).extract().asString()
                .replace('\u202f', ' ').replace('\u00a0', ' '); // French typography's no-break spaces
        assertThat(page, containsString("Aide à l&#39;installation en zone de montagne"));
        assertThat(page, containsString("Contrat signé"));
        assertThat(page, containsString("<td>50 000 €</td>"));
        assertThat(page, containsString("<td>12 500,50 €</td>"));
        assertThat(page, containsString("Changement d&#39;étape"));
        assertThat(page, containsString("<td>Projet défini</td>"));
        assertThat(page, containsString("<td>Démarches en cours</td>"));
        assertThat(page, containsString("12 mars 2026 à 10h30"));
        assertThat(page, containsString("Séance commune avec l&#39;Ordre"));
        assertThat(page, containsString("Démarche des partenaires <span class=\"fr-text--xs\">(checklist)</span>"));
        assertThat(page, containsString("<td>ORDRE_REGISTRATION, URSSAF</td>"));
    }

    @Test
    void a_move_sends_the_version_read_and_comes_back_to_the_page_saying_so() {
        standInCase("PROJECT_DEFINED", 3, "Claire");
        api.stubFor(post(urlPathEqualTo(CASE + "/transitions")).willReturn(okJson(caseJson("PROCEDURES", "Claire"))
                .withHeader("ETag", "\"4\"")));

        correspondant.request().redirects().follow(false)
                .formParam("csrf-token", csrfToken()).formParam("to", "PROCEDURES")
                .formParam("reason", " Séance commune le 3 mars ").formParam("etag", "\"3\"")
                .post(PAGE + "/etape").then().statusCode(303)
                .header("Location", endsWith(PAGE + "?etape=PROCEDURES#etape"));

        api.verify(postRequestedFor(urlPathEqualTo(CASE + "/transitions")).withHeader("If-Match", equalTo("\"3\""))
                .withRequestBody(equalToJson("{\"to\":\"PROCEDURES\",\"reason\":\"Séance commune le 3 mars\"}")));

        standInCase("PROCEDURES", 4, "Claire");
        correspondant.request().queryParam("etape", "PROCEDURES").get(PAGE).then().statusCode(200)
                .body(containsString("Le dossier est passé à l'étape « Démarches en cours »."));
    }

    @Test
    void a_refused_move_shows_the_apis_explanation_and_what_is_missing() {
        standInCase("PROCEDURES", 5, "Claire");
        api.stubFor(post(urlPathEqualTo(CASE + "/transitions")).willReturn(aResponse().withStatus(422)
                .withHeader("Content-Type", "application/problem+json").withBody("""
                        {"type":"https://guichet.example/problems/422","title":"Unprocessable Content","status":422,
                         "detail":"Le dossier ne peut pas encore être installé.",
                         "allowed":["INSTALLED","ABANDONED"],"missing":["ORDRE_REGISTRATION","URSSAF"]}""")));

        correspondant.request()
                .formParam("csrf-token", csrfToken()).formParam("to", "INSTALLED").formParam("reason", "Installée le 2 mars")
                .formParam("etag", "\"5\"")
                .post(PAGE + "/etape").then().statusCode(422)
                .body(containsString("Le dossier ne peut pas passer à l'étape « Installé »"))
                .body(containsString("Le dossier ne peut pas encore être installé."))
                .body(containsString("<li>Inscription au tableau de l&#39;Ordre</li>"))
                .body(containsString("<li>Immatriculation à l&#39;URSSAF</li>"))
                .body(containsString("Étapes possibles depuis « Démarches en cours » : Installé, Abandonné."))
                .body(containsString("id=\"vers-INSTALLED\" name=\"to\" value=\"INSTALLED\" checked"))
                .body(containsString(">Installée le 2 mars</textarea>"));
    }

    @Test
    void an_abandon_without_reason_marks_the_reason_field() {
        standInCase("PROCEDURES", 5, "Claire");
        api.stubFor(post(urlPathEqualTo(CASE + "/transitions")).willReturn(aResponse().withStatus(422)
                .withHeader("Content-Type", "application/problem+json").withBody("""
                        {"title":"Unprocessable Content","status":422,"detail":"Un abandon doit dire pourquoi.",
                         "allowed":["INSTALLED","ABANDONED"],"missing":["reason"]}""")));

        correspondant.request().formParam("csrf-token", csrfToken()).formParam("to", "ABANDONED")
                .formParam("etag", "\"5\"").post(PAGE + "/etape").then().statusCode(422)
                .body(containsString("fr-input-group fr-input-group--error"))
                .body(containsString("Indiquez le motif de l'abandon."));
    }

    @Test
    void a_move_without_a_step_chosen_asks_for_one_without_calling_the_api() {
        standInCase("PROCEDURES", 5, "Claire");

        correspondant.request().formParam("csrf-token", csrfToken()).formParam("reason", "gardé")
                .formParam("etag", "\"5\"").post(PAGE + "/etape").then().statusCode(400)
                .body(containsString("Choisissez l&#39;étape où faire passer le dossier."))
                .body(containsString(">gardé</textarea>"));
        api.verify(0, postRequestedFor(urlPathEqualTo(CASE + "/transitions")));
    }

    @Test
    void a_stale_version_shows_the_case_as_it_is_now_and_keeps_the_input() {
        standInCase("PROCEDURES", 6, "Claire");
        api.stubFor(post(urlPathEqualTo(CASE + "/transitions")).willReturn(aResponse().withStatus(412)
                .withHeader("Content-Type", "application/problem+json")
                .withBody("{\"title\":\"Precondition Failed\",\"status\":412,\"detail\":\"The case changed meanwhile; read it again.\"}")));

        correspondant.request().formParam("csrf-token", csrfToken()).formParam("to", "ABANDONED")
                .formParam("reason", "Projet reporté").formParam("etag", "\"5\"")
                .post(PAGE + "/etape").then().statusCode(409)
                .body(containsString("Le dossier a été modifié entre-temps"))
                .body(containsString("name=\"etag\" value=\"&quot;6&quot;\""))
                .body(containsString("Étape actuelle : <strong>Démarches en cours</strong>"))
                .body(containsString(">Projet reporté</textarea>"));
    }

    @Test
    void a_case_the_api_does_not_show_is_the_french_not_found_page() {
        api.stubFor(get(urlPathMatching("/api/cases/.*")).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/problem+json")
                .withBody("{\"title\":\"Not Found\",\"status\":404,\"detail\":\"No such case.\"}")));

        correspondant.request().get(PAGE).then().statusCode(404)
                .body(containsString("Page introuvable"))
                .body(not(containsString("No such case")));
        correspondant.request().get("/dossiers/pas-un-identifiant").then().statusCode(404)
                .body(containsString("Page introuvable"));
    }

    @Test
    void a_move_without_the_forms_token_is_refused() {
        standInCase("PROJECT_DEFINED", 3, "Claire");
        csrfToken();

        correspondant.request().formParam("to", "PROCEDURES").formParam("etag", "\"3\"")
                .post(PAGE + "/etape").then().statusCode(400);
        api.verify(0, postRequestedFor(urlPathEqualTo(CASE + "/transitions")));
    }

    @Test
    void markup_in_the_data_shows_as_text() {
        standInCase("PROCEDURES", 5, "<script>alert(1)</script>");

        correspondant.request().get(PAGE).then().statusCode(200)
                .body(containsString("&lt;script&gt;alert(1)&lt;/script&gt; Martin"))
                .body(not(containsString("<script>alert(1)")));
    }

    @Test
    void a_partner_or_a_doctor_cannot_open_the_page() {
        standInCase("PROCEDURES", 5, "Claire");

        Browser.loggedIn("claire", "doctor").request().get(PAGE).then().statusCode(403)
                .body(containsString("Accès refusé"));
        Browser.loggedIn("cpam-48", "partner").request().get(PAGE).then().statusCode(403)
                .body(containsString("Accès refusé"));
    }

    /** The token of the page's move form, as a browser would send it back. */
    private String csrfToken() {
        String page = correspondant.request().get(PAGE).then().statusCode(200).extract().asString();
        Matcher token = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"").matcher(page);
        assertTrue(token.find(), "the move form carries a CSRF token");
        return token.group(1);
    }

    /** The table row whose heading cell starts with {@code heading}. */
    private static String row(String page, String heading) {
        int at = page.indexOf("<th scope=\"row\">" + heading.replace("'", "&#39;"));
        assertTrue(at >= 0, "a row for " + heading);
        return page.substring(at, page.indexOf("</tr>", at));
    }

    private static void standInCase(String status, int version, String firstName) {
        // one read of the case whole; its exchange (messages, documents, correction requests) is tested in
        // exchange.ExchangeTest
        api.stubFor(get(urlPathEqualTo(CASE + "/folder")).willReturn(okJson("""
                {"case":%s,"messages":[],"documents":[],"corrections":[],
                 "tasks":
                [{"id":"11111111-1111-1111-1111-111111111111","code":"ORDRE_REGISTRATION",
                  "label":"Inscription au tableau de l'Ordre","ownerOrg":"ORDRE-MEDECINS-48","status":"IN_PROGRESS",
                  "finished":false,"dueDate":"2025-03-03","mandatory":true,"missingPieces":["Extrait de casier judiciaire"]},
                 {"id":"22222222-2222-2222-2222-222222222222","code":"URSSAF","label":"Immatriculation à l'URSSAF",
                  "status":"TODO","finished":false,"dueDate":"%s","mandatory":true},
                 {"id":"33333333-3333-3333-3333-333333333333","code":"RCP","label":"Assurance RCP","status":"DONE",
                  "finished":true,"dueDate":"2025-01-01","doneOn":"2024-12-20","mandatory":true}],
                 "plan":
                {"asOf":"2026-11-30","plannedStartDate":"2027-01-04","earliestFeasibleStartDate":"2027-03-15",
                 "outlook":"AT_RISK","riskStep":"ORDRE","criticalPath":["ORDRE","CPAM"],
                 "steps":[{"code":"ORDRE","label":"Inscription à l'Ordre","ownerKind":"ORDRE","ownerOrg":"ORDRE-MEDECINS-48",
                           "leadTimeDays":90,"latestDueDate":"2026-10-06","earliestDate":"2027-02-28","status":"LATE","critical":true},
                          {"code":"MOUNTAIN","label":"Aide montagne","ownerKind":"ARS","leadTimeDays":null,
                           "undatedReason":"Délai inconnu pour cette aide","status":"UNDATED","critical":false}]},
                 "aids":
                [{"code":"OCCITANIE_MOUNTAIN","label":"Aide à l'installation en zone de montagne","funder":"ARS Occitanie",
                  "status":"SIGNED","agreedCents":5000000,"paidCents":1250050}],
                 "history":
                [{"id":1,"occurredAt":"2026-03-12T09:30:00Z","actor":"correspondant:marie","kind":"STATUS_CHANGED",
                  "field":"status","before":"PROJECT_DEFINED","after":"PROCEDURES","reason":"Séance commune avec l'Ordre"},
                 {"id":2,"occurredAt":"2026-03-12T09:31:00Z","actor":"correspondant:marie","kind":"TASK_CHANGED",
                  "field":"checklist","before":null,"after":["ORDRE_REGISTRATION","URSSAF"]}]}"""
                .formatted(caseJson(status, firstName), LocalDate.now().plusYears(1))).withHeader("ETag", "\"" + version + "\"")));
    }

    static String caseJson(String status, String firstName) {
        String next = switch (status) {
            case "PROJECT_DEFINED" -> "[\"PROCEDURES\",\"ABANDONED\"]";
            case "PROCEDURES" -> "[\"INSTALLED\",\"ABANDONED\"]";
            default -> "[]";
        };
        return """
                {"id":"%s","reference":"GU-2026-000123","status":"%s","version":3,
                 "professional":{"firstName":%s,"lastName":"Martin","email":"claire.martin@example.org",
                   "profession":"GENERAL_PRACTITIONER","careerStage":"INSTALLING"},
                 "project":{"targetCommune":"48095","department":"48","practiceMode":"LIBERAL","coordinatedPractice":"MSP",
                   "sector":"SECTOR_1","onCallDuty":true,"daysPerWeek":2.5,"plannedStartDate":"2027-01-04"},
                 "channel":"WEB","assignee":"marie","nextSteps":%s,"createdAt":"2026-03-02T09:15:00Z"}"""
                .formatted(ID, status, quoted(firstName), next);
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\"", "\\\"") + "\"";
    }
}
