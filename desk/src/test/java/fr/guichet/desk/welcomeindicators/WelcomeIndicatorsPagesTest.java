package fr.guichet.desk.welcomeindicators;

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
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.guichet.desk.support.Browser;
import fr.guichet.desk.support.FakeApi;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/** The welcome indicators: the organiser's own organisation's, and the correspondant's over every organisation. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(FakeApi.class)
class WelcomeIndicatorsPagesTest {

    static final String API = "/api/welcome/indicators";
    static final String FIGURES_41 = """
            {"eventsHeld":3,"invited":1200,"registered":64,"waitingList":4,"present":51,"surveyAnswers":38,"meanScore":4.3,
             "settlingYes":12,"settlingMaybe":17,"settlingNo":9,"offersPublished":6,"offersFilled":2,
             "housingPlacesOffered":8,"housingPlacesTaken":4,"testimonialsPublished":2,"testimonialsWithdrawn":1}""";
    static final String FIGURES_37 = """
            {"eventsHeld":1,"invited":10,"registered":5,"waitingList":0,"present":0,"surveyAnswers":0,"meanScore":null,
             "settlingYes":0,"settlingMaybe":0,"settlingNo":0,"offersPublished":0,"offersFilled":0,
             "housingPlacesOffered":0,"housingPlacesTaken":0,"testimonialsPublished":0,"testimonialsWithdrawn":0}""";
    static final String TOTAL = """
            {"eventsHeld":4,"invited":1210,"registered":69,"waitingList":4,"present":51,"surveyAnswers":38,"meanScore":4.3,
             "settlingYes":12,"settlingMaybe":17,"settlingNo":9,"offersPublished":6,"offersFilled":2,
             "housingPlacesOffered":8,"housingPlacesTaken":4,"testimonialsPublished":2,"testimonialsWithdrawn":1}""";
    static final String INDICATORS = """
            {"year":2027,"total":%s,"byOrganisationAndDepartment":[
              {"organisation":"CD-41","department":"37","figures":%s},
              {"organisation":"CD-41","department":"41","figures":%s}]}""".formatted(TOTAL, FIGURES_37, FIGURES_41);

    Browser organiser;

    @BeforeEach
    void logIn() {
        api.resetAll();
        organiser = Browser.loggedIn("organisateur-41", "organiser");
    }

    @Test
    void the_organiser_sees_the_total_then_each_department_in_french_tables_and_the_filters_reach_the_api() {
        api.stubFor(get(urlPathEqualTo(API)).willReturn(okJson(INDICATORS)));

        organiser.request().queryParam("year", "2027").queryParam("department", "41")
                .queryParam("organisation", "CPTS-AUTRE").get("/organisation/indicateurs").then().statusCode(200)
                .body(containsString("<h1>Indicateurs d'accueil et d'attractivité</h1>"))
                .body(containsString("Année 2027, département 41."))
                .body(containsString("<caption id=\"evenements\">Événements de 2027</caption>"))
                .body(containsString("<th scope=\"col\">Personnes présentes</th>"))
                .body(containsString("<th scope=\"row\">Total</th>"))
                .body(containsString("<th scope=\"row\">41</th>"))
                .body(containsString("<td class=\"desk-figure\">1\u202f210</td>"))
                .body(containsString("<td class=\"desk-figure\">4,3</td>"))
                .body(containsString("<td class=\"desk-figure\">—</td>"))
                .body(not(containsString("<th scope=\"col\">Organisation</th>")))
                .body(not(containsString("id=\"organisation\"")))
                .body(containsString("href=\"/organisation/indicateurs/accueil.csv?year=2027&amp;department=41\""))
                .body(containsString("<a class=\"fr-nav__link\" href=\"/organisation/indicateurs\" aria-current=\"page\">Indicateurs</a>"))
                .body(containsString("<a class=\"fr-nav__link\" href=\"/organisation\" >Mes événements</a>"));

        api.verify(getRequestedFor(urlPathEqualTo(API)).withQueryParam("year", equalTo("2027"))
                .withQueryParam("department", equalTo("41")).withQueryParam("organisation", absent()));
    }

    @Test
    void without_filters_the_api_chooses_the_year_and_an_empty_year_says_so() {
        api.stubFor(get(urlPathEqualTo(API)).willReturn(okJson("""
                {"year":2026,"total":%s,"byOrganisationAndDepartment":[]}""".formatted(FIGURES_37))));

        organiser.request().get("/organisation/indicateurs").then().statusCode(200)
                .body(containsString("Année 2026, dans tout le territoire de votre organisation."))
                .body(containsString("Rien à compter cette année"))
                .body(containsString("href=\"/organisation/indicateurs/accueil.csv\""));

        api.verify(getRequestedFor(urlPathEqualTo(API)).withQueryParam("year", absent())
                .withQueryParam("department", absent()).withQueryParam("organisation", absent()));
    }

    @Test
    void a_year_the_api_refuses_is_said_in_french_beside_the_field_as_typed() {
        api.stubFor(get(urlPathEqualTo(API)).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/problem+json")
                .withBody("{\"title\":\"Bad Request\",\"status\":400,\"errors\":[{\"field\":\"year\",\"message\":\"must be a year from 1900 to 2199\"}]}")));

        organiser.request().queryParam("year", "27").get("/organisation/indicateurs").then().statusCode(400)
                .body(containsString("<title>Erreur — Indicateurs d'accueil et d'attractivité"))
                .body(containsString("Le formulaire contient une erreur"))
                .body(containsString("<a href=\"#year\">Indiquez une année sur quatre chiffres, par exemple 2027.</a>"))
                .body(containsString("fr-input-group--error"))
                .body(containsString("value=\"27\""))
                .body(not(containsString("<caption")));
    }

    @Test
    void a_department_outside_the_territory_and_an_account_without_organisation_are_explained() {
        api.stubFor(get(urlPathEqualTo(API)).willReturn(aResponse().withStatus(403)
                .withHeader("Content-Type", "application/problem+json")
                .withBody("{\"title\":\"Forbidden\",\"status\":403,\"detail\":\"Department 75 is outside your territory.\"}")));

        organiser.request().queryParam("department", "75").get("/organisation/indicateurs").then().statusCode(403)
                .body(containsString("<a href=\"#department\">Ce département n&#39;est pas dans le territoire de votre organisation.</a>"));
        organiser.request().get("/organisation/indicateurs").then().statusCode(403)
                .body(containsString("Votre compte n&#39;est rattaché à aucune organisation"));
        Browser.loggedIn("marie", "correspondant").request().queryParam("department", "75").get("/indicateurs/accueil")
                .then().statusCode(403)
                .body(containsString("Ce département n&#39;est pas l&#39;un de ceux que vous suivez."));
    }

    @Test
    void the_correspondant_sees_each_organisation_and_may_name_one() {
        api.stubFor(get(urlPathEqualTo(API)).willReturn(okJson(INDICATORS)));

        Browser.loggedIn("marie", "correspondant").request().queryParam("organisation", "CD-41")
                .get("/indicateurs/accueil").then().statusCode(200)
                .body(containsString("Année 2027, dans tous vos départements, organisation CD-41."))
                .body(containsString("<th scope=\"col\">Organisation</th>"))
                .body(containsString("<th scope=\"row\" colspan=\"2\">Total</th>"))
                .body(containsString("<th scope=\"row\">CD-41</th>"))
                .body(containsString("id=\"organisation\""))
                .body(containsString("href=\"/indicateurs/accueil/accueil.csv?organisation=CD-41\""))
                .body(containsString("<a class=\"fr-nav__link\" href=\"/indicateurs\" aria-current=\"page\">Indicateurs</a>"));

        api.verify(getRequestedFor(urlPathEqualTo(API)).withQueryParam("organisation", equalTo("CD-41"))
                .withQueryParam("year", absent()));
    }

    @Test
    void the_csv_passes_the_apis_csv_through_as_a_named_file() {
        String csv = "dimension,organisation,department,year,eventsHeld\ntotal,,,2027,4\norganisation_department,CD-41,41,2027,3\n";
        api.stubFor(get(urlPathEqualTo(API)).withHeader("Accept", equalTo("text/csv"))
                .willReturn(aResponse().withHeader("Content-Type", "text/csv").withBody(csv)));

        String body = organiser.request().queryParam("year", "2027").queryParam("department", "41")
                .get("/organisation/indicateurs/accueil.csv").then().statusCode(200)
                .contentType(containsString("text/csv"))
                .header("Content-Disposition", is("attachment; filename=\"accueil-41-2027.csv\""))
                .extract().asString();

        assertEquals(csv, body);
        api.verify(getRequestedFor(urlPathEqualTo(API)).withQueryParam("year", equalTo("2027"))
                .withQueryParam("department", equalTo("41")).withQueryParam("organisation", absent()));
    }

    @Test
    void each_address_admits_its_own_role_only() {
        Browser doctor = Browser.loggedIn("dr-martin", "doctor");
        Browser correspondant = Browser.loggedIn("marie", "correspondant");
        for (String page : new String[] {"/organisation/indicateurs", "/organisation/indicateurs/accueil.csv",
                "/indicateurs/accueil", "/indicateurs/accueil/accueil.csv"}) {
            doctor.request().get(page).then().statusCode(403);
            Browser.visitor().request().get(page).then().statusCode(302);
        }
        correspondant.request().get("/organisation/indicateurs").then().statusCode(403);
        organiser.request().get("/indicateurs/accueil").then().statusCode(403);
        api.verify(0, getRequestedFor(urlPathEqualTo(API)));
    }
}
