package fr.guichet.desk.casefile;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static fr.guichet.desk.support.FakeApi.api;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

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
class CaseListTest {

    static final String MARTIN = """
            {"id":"7d3f6f0e-0c1a-4a53-9d43-2b8f0f3b1a11","reference":"GU-2026-000123","status":"PROCEDURES","open":true,
             "lastName":"Martin","firstName":"Claire","profession":"GENERAL_PRACTITIONER","department":"48",
             "channel":"WEB","assignee":"marie","createdAt":"2026-03-02T09:15:00Z","overdueTasks":2}""";
    static final String GARCIA = """
            {"id":"0b6e8f5c-3d2a-4e1b-8c7d-9a0b1c2d3e4f","reference":"GU-2026-000124","status":"RECEIVED","open":true,
             "lastName":"Garcia","firstName":"Inès","profession":"NURSE","department":"41",
             "channel":"PARTNER","createdAt":"2026-11-30T23:30:00Z","overdueTasks":0}""";

    Browser correspondant;

    @BeforeEach
    void logIn() {
        api.resetAll();
        correspondant = Browser.loggedIn("marie", "correspondant");
    }

    @Test
    void each_case_shows_with_its_french_labels_dates_and_overdue_tasks() {
        api.stubFor(get(urlPathEqualTo("/api/cases")).willReturn(okJson("{\"items\":[" + MARTIN + "," + GARCIA + "]}")));

        correspondant.request().get("/dossiers").then().statusCode(200)
                .body(containsString("<h1>Dossiers</h1>"))
                .body(containsString("<a href=\"/dossiers/7d3f6f0e-0c1a-4a53-9d43-2b8f0f3b1a11\">Claire Martin</a>"))
                .body(containsString("Médecin généraliste"))
                .body(containsString("Infirmier ou infirmière"))
                .body(containsString("Démarches en cours"))
                .body(containsString("Reçu"))
                .body(containsString("2 en retard"))
                .body(containsString("2 mars 2026"))
                // 23:30 UTC is already the next day in Paris
                .body(containsString("1er décembre 2026"))
                .body(containsString("Non attribué"))
                .body(containsString("2 dossiers sur cette page."));
    }

    @Test
    void the_list_is_a_dsfr_table_whose_scrolling_region_is_named_by_its_caption() {
        api.stubFor(get(urlPathEqualTo("/api/cases")).willReturn(okJson("{\"items\":[" + MARTIN + "]}")));

        correspondant.request().get("/dossiers").then().statusCode(200)
                .body(containsString("<div class=\"fr-table fr-table--multiline fr-table--no-caption-mobile\" id=\"table-dossiers\">"))
                .body(containsString("<div class=\"fr-table__container\" tabindex=\"0\" role=\"region\" aria-labelledby=\"dossiers-table\">"))
                .body(containsString("<caption id=\"dossiers-table\">Dossiers</caption>"))
                .body(containsString("Claire Martin"));
    }

    @Test
    void the_search_and_every_filter_go_to_the_api_and_stay_in_the_form() {
        api.stubFor(get(urlPathEqualTo("/api/cases")).willReturn(okJson("{\"items\":[" + MARTIN + "]}")));

        correspondant.request()
                .queryParam("q", "Mart").queryParam("status", "PROCEDURES").queryParam("profession", "GENERAL_PRACTITIONER")
                .queryParam("department", "48").queryParam("channel", "WEB").queryParam("createdFrom", "2026-01-01")
                .queryParam("createdTo", "2026-06-30").queryParam("mine", "true")
                .get("/dossiers").then().statusCode(200)
                .body(containsString("id=\"q\" name=\"q\" value=\"Mart\""))
                .body(containsString("<option value=\"PROCEDURES\" selected>Démarches en cours</option>"))
                .body(containsString("<option value=\"WEB\" selected>Site internet</option>"))
                .body(containsString("value=\"2026-01-01\""))
                .body(containsString("id=\"mine\" name=\"mine\" value=\"true\" checked"));

        api.verify(getRequestedFor(urlPathEqualTo("/api/cases"))
                .withQueryParam("q", equalTo("Mart")).withQueryParam("status", equalTo("PROCEDURES"))
                .withQueryParam("profession", equalTo("GENERAL_PRACTITIONER")).withQueryParam("department", equalTo("48"))
                .withQueryParam("channel", equalTo("WEB")).withQueryParam("createdFrom", equalTo("2026-01-01"))
                .withQueryParam("createdTo", equalTo("2026-06-30"))
                .withQueryParam("assignee", equalTo("marie")).withQueryParam("mine", absent())
                .withHeader("Authorization", matching("Bearer ey.+")));
    }

    @Test
    void the_next_page_follows_the_apis_cursor_with_the_same_filters() {
        api.stubFor(get(urlPathEqualTo("/api/cases")).withQueryParam("cursor", absent())
                .willReturn(okJson("{\"items\":[" + MARTIN + "],\"nextCursor\":\"abc+/=\"}")));
        api.stubFor(get(urlPathEqualTo("/api/cases")).withQueryParam("cursor", equalTo("abc+/="))
                .willReturn(okJson("{\"items\":[" + GARCIA + "]}")));

        correspondant.request().queryParam("q", "Gar").get("/dossiers").then().statusCode(200)
                .body(containsString("href=\"/dossiers?q=Gar&amp;cursor=abc%2B%2F%3D\""))
                .body(containsString("aria-disabled=\"true\" role=\"link\">Première page"));

        correspondant.request().queryParam("q", "Gar").queryParam("cursor", "abc+/=").get("/dossiers").then()
                .statusCode(200)
                .body(containsString("Inès Garcia"))
                .body(containsString("href=\"/dossiers?q=Gar\""))
                .body(containsString("aria-disabled=\"true\" role=\"link\">Page suivante"));
        api.verify(getRequestedFor(urlPathEqualTo("/api/cases")).withQueryParam("q", equalTo("Gar"))
                .withQueryParam("cursor", equalTo("abc+/=")));
    }

    @Test
    void an_htmx_search_gets_the_results_alone() {
        api.stubFor(get(urlPathEqualTo("/api/cases")).willReturn(okJson("{\"items\":[" + MARTIN + "]}")));

        correspondant.request().header("HX-Request", "true").header("HX-Target", "resultats")
                .get("/dossiers").then().statusCode(200)
                .header("Vary", containsString("HX-Target"))
                .body(containsString("<div id=\"resultats\">"))
                .body(containsString("Claire Martin"))
                .body(not(containsString("<header")))
                .body(not(containsString("<form")));
    }

    @Test
    void a_filter_the_api_refuses_is_shown_beside_its_field_with_the_input_kept() {
        api.stubFor(get(urlPathEqualTo("/api/cases")).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/problem+json").withBody("""
                        {"type":"https://guichet.example/problems/400","title":"Invalid request","status":400,
                         "detail":"Le paramètre department est invalide.",
                         "errors":[{"field":"department","message":"un code de département, par exemple 02"}]}""")));

        correspondant.request().queryParam("department", "999x").get("/dossiers").then().statusCode(400)
                .body(containsString("fr-input-group fr-input-group--error"))
                .body(containsString("un code de département, par exemple 02"))
                .body(containsString("value=\"999x\""))
                .body(containsString("La recherche n'a pas pu être faite"));
    }

    @Test
    void markup_in_a_name_shows_as_text() {
        api.stubFor(get(urlPathEqualTo("/api/cases")).willReturn(okJson("{\"items\":[" + MARTIN
                .replace("\"Claire\"", "\"<script>alert(1)</script><img src=x onerror=alert(2)>\"") + "]}")));

        correspondant.request().get("/dossiers").then().statusCode(200)
                .body(containsString("&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;"))
                .body(not(containsString("<script>alert(1)")))
                .body(not(containsString("<img src=x")));
    }

    @Test
    void a_doctor_gets_the_french_access_denied_page() {
        Browser doctor = Browser.loggedIn("claire", "doctor");

        doctor.request().get("/dossiers").then().statusCode(403)
                .body(containsString("Accès refusé"));
        api.verify(0, getRequestedFor(urlPathEqualTo("/api/cases")));
    }

    @Test
    void a_visitor_is_sent_to_log_in() {
        given().redirects().follow(false).get("/dossiers").then().statusCode(302)
                .header("Location", containsString("/auth/realms/quarkus"));
    }
}
