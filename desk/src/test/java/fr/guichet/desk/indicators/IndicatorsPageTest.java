package fr.guichet.desk.indicators;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static fr.guichet.desk.support.FakeApi.api;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;

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
class IndicatorsPageTest {

    static final String ACTIVITY = """
            {"from":"2026-01-01","to":"2026-06-30",
             "total":{"requests":1234,"accompaniedCases":40,"installations":9,"contracts":7},
             "byDepartment":[{"value":"02","figures":{"requests":1000,"accompaniedCases":30,"installations":6,"contracts":5}},
                             {"value":null,"figures":{"requests":234,"accompaniedCases":10,"installations":3,"contracts":2}}],
             "bySubject":[{"value":"AIDS","figures":{"requests":800,"accompaniedCases":0,"installations":0,"contracts":0}}],
             "byMonth":[{"value":"2026-03","figures":{"requests":700,"accompaniedCases":25,"installations":4,"contracts":3}},
                        {"value":"2026-04","figures":{"requests":534,"accompaniedCases":15,"installations":5,"contracts":4}}]}""";
    static final String OUTCOMES = """
            {"total":{"received":1234,"accompanied":40,"installed":9,"inProgress":25,"abandoned":6,"medianDaysToInstallation":42.5}}""";
    static final String AIDS = """
            {"total":{"contractsSigned":7,"agreedCents":5000000,"paidCents":1250000,"repaidCents":0},
             "byAid":[{"value":"CAIM","figures":{"contractsSigned":7,"agreedCents":5000000,"paidCents":1250050,"repaidCents":0}}]}""";

    Browser correspondant;

    @BeforeEach
    void logIn() {
        api.resetAll();
        correspondant = Browser.loggedIn("marie", "correspondant");
    }

    @Test
    void the_period_goes_to_each_indicator_and_the_figures_show_in_french_with_accessible_charts() {
        api.stubFor(get(urlPathEqualTo("/api/cases/indicators/activity")).willReturn(okJson(ACTIVITY)));
        api.stubFor(get(urlPathEqualTo("/api/cases/indicators")).willReturn(okJson(OUTCOMES)));
        api.stubFor(get(urlPathEqualTo("/api/cases/indicators/aids")).willReturn(okJson(AIDS)));

        correspondant.request().queryParam("from", "2026-01-01").queryParam("to", "2026-06-30").queryParam("department", "02")
                .get("/indicateurs").then().statusCode(200)
                .body(containsString("<h1>Indicateurs d'activité</h1>"))
                .body(containsString("Du 1er janvier 2026 au 30 juin 2026, département 02."))
                .body(containsString("1\u202f234"))
                .body(containsString("42,5 jours"))
                .body(containsString("<svg role=\"img\" aria-labelledby=\"par-mois-titre par-mois-desc\""))
                .body(containsString("<title id=\"par-mois-titre\">Sollicitations reçues par mois</title>"))
                .body(containsString("Total : 1\u202f234 sollicitations. La plus haute : mars 2026, 700."))
                .body(containsString("<th scope=\"row\">mars 2026</th>"))
                .body(containsString("<th scope=\"row\">Non précisé</th>"))
                .body(containsString("<th scope=\"row\">Aides à l&#39;installation</th>"))
                .body(containsString("50\u202f000\u00a0€"))
                .body(containsString("12\u202f500,50\u00a0€"))
                .body(containsString("href=\"/indicateurs/activite.csv?from=2026-01-01&amp;to=2026-06-30&amp;department=02\""));

        for (String path : new String[] {"/api/cases/indicators/activity", "/api/cases/indicators", "/api/cases/indicators/aids"}) {
            api.verify(getRequestedFor(urlPathEqualTo(path)).withQueryParam("from", equalTo("2026-01-01"))
                    .withQueryParam("to", equalTo("2026-06-30")).withQueryParam("department", equalTo("02")));
        }
    }

    @Test
    void without_a_period_the_api_chooses_its_default() {
        api.stubFor(get(urlPathEqualTo("/api/cases/indicators/activity")).willReturn(okJson(ACTIVITY)));
        api.stubFor(get(urlPathEqualTo("/api/cases/indicators")).willReturn(okJson(OUTCOMES)));
        api.stubFor(get(urlPathEqualTo("/api/cases/indicators/aids")).willReturn(okJson(AIDS)));

        correspondant.request().get("/indicateurs").then().statusCode(200)
                .body(containsString("dans tous vos départements"))
                .body(containsString("href=\"/indicateurs/activite.csv\""));

        api.verify(getRequestedFor(urlPathEqualTo("/api/cases/indicators/activity"))
                .withQueryParam("from", absent()).withQueryParam("department", absent()));
    }

    @Test
    void a_period_the_api_refuses_shows_the_form_with_the_french_message_and_the_dates_typed() {
        api.stubFor(get(urlPathEqualTo("/api/cases/indicators/activity")).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/problem+json")
                .withBody("{\"title\":\"Bad Request\",\"status\":400,\"errors\":[{\"field\":\"to\",\"message\":\"must not be before from\"}]}")));

        correspondant.request().queryParam("from", "2026-06-30").queryParam("to", "2026-01-01").get("/indicateurs")
                .then().statusCode(400)
                .body(containsString("<title>Erreur — Indicateurs d'activité"))
                .body(containsString("Indiquez une date de fin valide, au plus tôt la date de début."))
                .body(containsString("fr-input-group--error"))
                .body(containsString("value=\"2026-06-30\""));
    }

    @Test
    void the_csv_export_passes_the_apis_csv_through_as_a_named_file() {
        String csv = "dimension,value,requests,accompaniedCases,installations,contracts\ntotal,,1234,40,9,7\nmonth,2026-03,700,25,4,3\n";
        api.stubFor(get(urlPathEqualTo("/api/cases/indicators/activity")).withHeader("Accept", equalTo("text/csv"))
                .willReturn(aResponse().withHeader("Content-Type", "text/csv").withBody(csv)));

        String body = correspondant.request().queryParam("from", "2026-01-01").queryParam("department", "02")
                .get("/indicateurs/activite.csv").then().statusCode(200)
                .contentType(containsString("text/csv"))
                .header("Content-Disposition", is("attachment; filename=\"activite-02-du-2026-01-01.csv\""))
                .extract().asString();

        assertEquals(csv, body);
        api.verify(getRequestedFor(urlPathEqualTo("/api/cases/indicators/activity"))
                .withQueryParam("from", equalTo("2026-01-01"))
                .withQueryParam("department", equalTo("02")));
    }
}
