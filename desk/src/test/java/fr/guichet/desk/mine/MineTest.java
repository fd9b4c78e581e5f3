package fr.guichet.desk.mine;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static fr.guichet.desk.exchange.Fixtures.CASE;
import static fr.guichet.desk.exchange.Fixtures.DOCTOR_MESSAGE;
import static fr.guichet.desk.exchange.Fixtures.LEASE_DOCUMENT;
import static fr.guichet.desk.exchange.Fixtures.OPEN_CORRECTION;
import static fr.guichet.desk.exchange.Fixtures.TASK;
import static fr.guichet.desk.support.FakeApi.api;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.guichet.desk.exchange.Fixtures;
import fr.guichet.desk.page.French;
import fr.guichet.desk.support.Browser;
import fr.guichet.desk.support.FakeApi;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(FakeApi.class)
class MineTest {

    static final LocalDate TODAY = LocalDate.now(French.ZONE);
    static final String CURRENT = """
            {"id":"%s","reference":"GU-2027-000042","status":"PROCEDURES","version":7,
             "project":{"targetCommune":"48095","plannedStartDate":"2027-09-01"},"createdAt":"2027-01-10T09:00:00Z"}"""
            .formatted(CASE);
    static final String LATE_LEASE = """
            {"id":"%s","code":"PREMISES_LEASE","partner":"PREMISES","label":"Local professionnel : bail ou acte d'achat",
             "mandatory":true,"status":"IN_PROGRESS","finished":false,"dueDate":"%s",
             "requiredDocuments":["Contrat de bail ou acte d'achat"],"awaitingProfessional":1}""".formatted(TASK, TODAY.minusDays(3));
    static final String ORDRE = """
            {"id":"66666666-6666-4666-8666-666666666666","code":"ORDRE_REGISTRATION","partner":"ORDRE",
             "label":"Inscription au tableau départemental de l'Ordre des médecins","mandatory":true,"status":"TODO",
             "finished":false,"dueDate":"%s","requiredDocuments":[],"awaitingProfessional":0}""".formatted(TODAY.plusDays(20));
    static final String PLAN = """
            {"asOf":"2027-03-05","plannedStartDate":"2027-09-01","earliestFeasibleStartDate":"2027-10-15","outlook":"AT_RISK",
             "riskStep":"ORDRE_REGISTRATION","criticalPath":["ORDRE_REGISTRATION"],"steps":[
              {"code":"ORDRE_REGISTRATION","label":"Inscription à l'Ordre","ownerKind":"ORDRE","leadTimeDays":90,
               "latestDueDate":"2027-06-03","earliestDate":"2027-07-17","status":"LATE","critical":true},
              {"code":"RCP_INSURANCE","label":"Assurance RCP","ownerKind":"PROFESSIONAL","status":"DONE","doneOn":"2027-02-01"}]}""";

    @BeforeEach
    void freshApi() {
        api.resetAll();
        Fixtures.exchange(DOCTOR_MESSAGE, LEASE_DOCUMENT, OPEN_CORRECTION);
        api.stubFor(get(urlPathEqualTo("/api/cases/" + CASE + "/plan")).willReturn(okJson(PLAN)));
    }

    private static void me(String body) {
        api.stubFor(get(urlPathEqualTo("/api/me")).willReturn(okJson(body)));
    }

    @Test
    void my_file_shows_its_step_in_a_stepper() {
        me("{\"cases\":[],\"current\":" + CURRENT + ",\"openTasks\":[" + LATE_LEASE + "," + ORDRE + "]}");

        Browser.loggedIn("claire", "doctor").request().get("/mon-installation").then().statusCode(200)
                .body(containsString("<h1>Mon installation</h1>"))
                .body(containsString("Dossier n° GU-2027-000042, installation prévue le 1er septembre 2027."))
                .body(containsString("<h2 class=\"fr-stepper__title\">Démarches en cours"))
                .body(containsString("Étape 4 sur 7"))
                .body(containsString("data-fr-current-step=\"4\" data-fr-steps=\"7\""))
                .body(containsString("<span class=\"fr-text--bold\">Étape suivante :</span> Installé"))
                .body(containsString("aria-current=\"page\">Mon installation</a>"));
    }

    @Test
    void what_is_left_shows_owners_due_dates_and_what_is_overdue() {
        me("{\"cases\":[],\"current\":" + CURRENT + ",\"openTasks\":[" + LATE_LEASE + "," + ORDRE + "]}");

        Browser.loggedIn("claire", "doctor").request().get("/mon-installation").then().statusCode(200)
                .body(containsString("<td>Vous (local professionnel)</td>"))
                .body(containsString("<td>Ordre professionnel</td>"))
                .body(containsString(French.date(TODAY.minusDays(3))))
                .body(containsString("1 en retard"))
                .body(containsString(">En retard</p>"))
                .body(containsString(">À faire</p>"))
                .body(containsString(">Attend votre réponse</p>"));
    }

    @Test
    void what_i_must_send_lists_the_open_corrections_and_the_documents_expected() {
        me("{\"cases\":[],\"current\":" + CURRENT + ",\"openTasks\":[" + LATE_LEASE + "," + ORDRE + "]}");

        Browser.loggedIn("claire", "doctor").request().get("/mon-installation").then().statusCode(200)
                .body(containsString("Une demande de correction attend votre réponse"))
                .body(containsString("<a href=\"#correction-" + Fixtures.CORRECTION + "\">bail-cabinet.pdf</a> : Le bail n&#39;est pas signé en page 3."))
                .body(containsString("<li>Contrat de bail ou acte d&#39;achat</li>"))
                .body(containsString("action=\"/dossiers/" + CASE + "/corrections/" + Fixtures.CORRECTION + "/reponse\""))
                .body(containsString("name=\"retour\" value=\"/mon-installation\""));
    }

    @Test
    void the_plan_gives_each_step_its_last_day_and_says_when_the_start_date_is_at_risk() {
        me("{\"cases\":[],\"current\":" + CURRENT + ",\"openTasks\":[]}");

        Browser.loggedIn("claire", "doctor").request().get("/mon-installation").then().statusCode(200)
                .body(containsString("Votre date d'installation est menacée"))
                .body(containsString("Au plus tôt le 15 octobre 2027, au lieu du 1er septembre 2027 prévu, à cause de l'étape « Inscription à l&#39;Ordre »."))
                .body(containsString("<time datetime=\"2027-06-03\">3 juin 2027</time>"))
                .body(containsString("Fait le 1er février 2027"))
                .body(containsString(">En retard</p>"))
                .body(containsString("Toutes les démarches de votre dossier sont terminées."));
    }

    @Test
    void without_a_plan_the_rest_of_the_page_still_shows() {
        me("{\"cases\":[],\"current\":" + CURRENT + ",\"openTasks\":[]}");
        api.stubFor(get(urlPathEqualTo("/api/cases/" + CASE + "/plan")).willReturn(aResponse().withStatus(503)));

        Browser.loggedIn("claire", "doctor").request().get("/mon-installation").then().statusCode(200)
                .body(containsString("Le calendrier de votre installation ne peut pas être calculé pour le moment"))
                .body(containsString("Bonjour,\nle bail est signé."));
    }

    @Test
    void a_doctor_without_a_file_is_told_how_to_start_one() {
        me("{\"cases\":[],\"openTasks\":[],\"degraded\":false}");

        Browser.loggedIn("claire", "doctor").request().get("/mon-installation").then().statusCode(200)
                .body(containsString("Vous n'avez pas de dossier d'installation en cours."))
                .body(containsString("href=\"/simulateur\""))
                .body(containsString("href=\"/demande\""))
                .body(not(containsString("fr-stepper")));
    }

    @Test
    void another_doctors_file_is_the_french_not_found_page() {
        String other = "55555555-5555-4555-8555-555555555555";
        api.stubFor(get(urlPathEqualTo("/api/cases/" + other)).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/problem+json")
                .withBody("{\"title\":\"Not Found\",\"status\":404,\"detail\":\"No case " + other + "\"}")));

        Browser.loggedIn("claire", "doctor").request().get("/mon-installation/dossiers/" + other).then().statusCode(404)
                .body(containsString("<h1>Page introuvable</h1>"))
                .body(not(containsString("No case")));
    }

    @Test
    void one_of_my_other_files_opens_from_its_own_address() {
        api.stubFor(get(urlPathEqualTo("/api/cases/" + CASE)).willReturn(okJson(CURRENT.replace("PROCEDURES", "CLOSED"))));
        api.stubFor(get(urlPathEqualTo("/api/cases/" + CASE + "/tasks")).willReturn(okJson("[" + ORDRE.replace("\"finished\":false", "\"finished\":true") + "]")));

        Browser.loggedIn("claire", "doctor").request().get("/mon-installation/dossiers/" + CASE).then().statusCode(200)
                .body(containsString("Étape 7 sur 7"))
                .body(not(containsString("Étape suivante")))
                .body(containsString("Toutes les démarches de votre dossier sont terminées."))
                .body(containsString("name=\"retour\" value=\"/mon-installation/dossiers/" + CASE + "\""));
    }

    @Test
    void a_correspondant_is_not_let_in() {
        Browser.loggedIn("marie", "correspondant").request().get("/mon-installation").then().statusCode(403)
                .body(containsString("Accès refusé"));
    }
}
