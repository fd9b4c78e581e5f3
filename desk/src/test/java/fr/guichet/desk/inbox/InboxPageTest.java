package fr.guichet.desk.inbox;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static fr.guichet.desk.support.FakeApi.api;
import static org.hamcrest.Matchers.containsString;

import java.util.Collections;

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
class InboxPageTest {

    static final String REQUEST = """
            {"id":"5b0c1d2e-3f40-4a51-8b62-7c83d94ea5f6","status":"OPEN","channel":"WEB_FORM",
             "requester":{"firstName":"Léa","lastName":"Durand"},"subject":"ZONING","department":"02",
             "question":"Ma commune est-elle en ZIP ?","receivedAt":"2026-11-29T16:30:00Z"}""";
    static final String NEW_CASE = """
            {"id":"7d3f6f0e-0c1a-4a53-9d43-2b8f0f3b1a11","reference":"GU-2026-000123","status":"RECEIVED",
             "firstName":"Claire","lastName":"Martin","profession":"NURSE","department":"41","channel":"PARTNER",
             "createdAt":"2026-11-30T07:00:00Z"}""";
    static final String TASK = """
            {"taskId":"1f2e3d4c-5b6a-4978-8a9b-0c1d2e3f4a5b","caseId":"7d3f6f0e-0c1a-4a53-9d43-2b8f0f3b1a11",
             "caseReference":"GU-2026-000123","department":"41","code":"ORDRE_REGISTRATION",
             "label":"Inscription au tableau de l'Ordre","ownerOrg":"ORDRE-MEDECINS-41","status":"TODO","dueDate":"%s"}""";

    Browser correspondant;

    @BeforeEach
    void logIn() {
        api.resetAll();
        correspondant = Browser.loggedIn("marie", "correspondant");
    }

    @Test
    void the_day_lists_what_waits_with_counts_in_the_headings_and_links_to_each_item() {
        api.stubFor(get(urlPathEqualTo("/api/requests")).willReturn(okJson("{\"items\":[" + REQUEST + "]}")));
        api.stubFor(get(urlPathEqualTo("/api/cases")).withQueryParam("status", equalTo("RECEIVED"))
                .willReturn(okJson("{\"items\":[" + NEW_CASE + "]}")));
        api.stubFor(get(urlPathEqualTo("/api/cases")).withQueryParam("channel", equalTo("PARTNER"))
                .willReturn(okJson("{\"items\":[" + NEW_CASE + "]}")));
        api.stubFor(get(urlPathEqualTo("/api/deadlines/overdue"))
                .willReturn(okJson("{\"items\":[" + TASK.formatted("2026-11-20") + "," + TASK.formatted("2026-11-25") + "]}")));
        api.stubFor(get(urlPathEqualTo("/api/deadlines/due-soon")).willReturn(okJson("{\"items\":[]}")));

        correspondant.request().get("/accueil").then().statusCode(200)
                .body(containsString("<h1>Ma journée</h1>"))
                .body(containsString("aria-current=\"page\">Ma journée</a>"))
                .body(containsString("Sollicitations à traiter (1)</h2>"))
                .body(containsString("<a href=\"/sollicitations/5b0c1d2e-3f40-4a51-8b62-7c83d94ea5f6\">Léa Durand</a> — Zonage, Formulaire en ligne, reçue le 29 novembre 2026 à 17h30"))
                .body(containsString("Nouveaux dossiers (1)</h2>"))
                .body(containsString("<a href=\"/dossiers/7d3f6f0e-0c1a-4a53-9d43-2b8f0f3b1a11\">GU-2026-000123 — Claire Martin</a>, Infirmier ou infirmière, département 41, reçu le 30 novembre 2026"))
                .body(containsString("Transmis par un partenaire"))
                .body(containsString("En retard (2)</h2>"))
                .body(containsString("20 novembre 2026"))
                .body(containsString("Inscription au tableau de l&#39;Ordre"))
                .body(containsString("À échéance cette semaine (0)</h2>"))
                .body(containsString("Aucune tâche n'arrive à échéance dans les sept jours."))
                .body(containsString("Transmis par les partenaires (1)</h2>"));

        api.verify(getRequestedFor(urlPathEqualTo("/api/requests")).withQueryParam("status", equalTo("OPEN"))
                .withQueryParam("limit", equalTo("10")));
        api.verify(getRequestedFor(urlPathEqualTo("/api/deadlines/overdue")).withQueryParam("limit", equalTo("10")));
        api.verify(getRequestedFor(urlPathEqualTo("/api/cases")).withQueryParam("channel", equalTo("PARTNER"))
                .withQueryParam("createdFrom", matching("\\d{4}-\\d{2}-\\d{2}")));
    }

    @Test
    void a_list_longer_than_the_page_says_there_are_more() {
        String tenTasks = String.join(",", Collections.nCopies(10, TASK.formatted("2026-11-20")));
        api.stubFor(get(urlPathEqualTo("/api/requests")).willReturn(okJson("{\"items\":[]}")));
        api.stubFor(get(urlPathEqualTo("/api/cases")).willReturn(okJson("{\"items\":[]}")));
        api.stubFor(get(urlPathEqualTo("/api/deadlines/overdue"))
                .willReturn(okJson("{\"items\":[" + tenTasks + "],\"nextCursor\":\"next\"}")));
        api.stubFor(get(urlPathEqualTo("/api/deadlines/due-soon")).willReturn(okJson("{\"items\":[]}")));

        correspondant.request().get("/accueil").then().statusCode(200)
                .body(containsString("En retard (plus de 10)</h2>"))
                .body(containsString("Sollicitations à traiter (0)</h2>"))
                .body(containsString("Aucune sollicitation n'attend de réponse."));
    }

    @Test
    void a_doctor_may_not_open_the_correspondants_day() {
        Browser doctor = Browser.loggedIn("dr.martin", "doctor");

        doctor.request().get("/accueil").then().statusCode(403).body(containsString("Accès refusé"));
    }
}
