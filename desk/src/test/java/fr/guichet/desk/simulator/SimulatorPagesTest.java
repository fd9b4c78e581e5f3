package fr.guichet.desk.simulator;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static fr.guichet.desk.support.FakeApi.api;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.guichet.desk.support.FakeApi;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(FakeApi.class)
class SimulatorPagesTest {

    /** French typography: a narrow no-break space groups thousands, a no-break space precedes the euro sign. */
    private static final String TEN_THOUSAND_EUROS = "10\u202f000\u00a0€";
    private static final String FIVE_THOUSAND_EUROS = "5\u202f000\u00a0€";

    private static final String PROJECT = "/simulateur/resultats?profession=GENERAL_PRACTITIONER&etape=INSTALLING"
            + "&nom=laon&commune=02408&debut=2027-03-01";

    private static final String LAON = """
            [{"insee": "02408", "name": "Laon", "departmentCode": "02", "population": 24000},
             {"insee": "02407", "name": "Laon-Sud", "departmentCode": "02", "population": 100}]""";

    private static final String SIMULATION = """
            {"asOf": "2027-03-01", "horizonEnd": "2032-03-01",
             "commune": {"insee": "02408", "name": "Laon", "department": {"code": "02", "name": "Aisne"},
                         "region": {"code": "32", "name": "Hauts-de-France"},
                         "zones": [{"layer": "PROFESSION_ZONING", "profession": "DOCTOR", "zoneType": "ZIP",
                                    "partial": false, "validFrom": "2018-01-01", "illustrative": true}]},
             "aids": [
               {"code": "CONV2024_INSTALLATION_ZIP", "versionNumber": 1, "label": "Aide à l'installation en ZIP",
                "funder": "ASSURANCE_MALADIE", "category": "CONVENTIONAL_INSTALLATION",
                "validity": {"validFrom": "2024-12-22"}, "status": "ELIGIBLE",
                "criteria": [{"criterion": "ZONE", "outcome": "MET", "reason": "La commune est en zone d'intervention prioritaire."}],
                "conditionsToCheck": ["Adhérer à la convention médicale"],
                "schedule": {"kind": "INSTALMENTS", "computable": true, "totalCents": 1000000,
                             "payments": [{"date": "2027-03-01", "amountCents": 500000, "label": "Année 1"},
                                          {"date": "2028-03-01", "amountCents": 500000, "label": "Année 2"}]},
                "commitments": [{"kind": "STAY", "years": 5, "description": "Exercer dans la zone"}],
                "countedInTotal": true, "requiredDocuments": ["Contrat signé"],
                "sourceUrl": "https://www.ameli.fr/exemple"},
               {"code": "PDSA_TAX_EXEMPTION", "versionNumber": 1, "label": "Exonération des gardes",
                "funder": "STATE", "category": "PRACTICE_TAX_RELIEF", "validity": {"validFrom": "2005-01-01"},
                "status": "NEEDS_INFO",
                "criteria": [{"criterion": "ON_CALL_DUTY", "outcome": "UNKNOWN", "reason": "Le projet ne dit pas si vous participerez aux gardes."}],
                "schedule": {"kind": "DESCRIBED", "computable": false, "totalCents": 0, "note": "Exonération d'impôt sur 60 jours de garde."},
                "sourceUrl": "https://www.legifrance.gouv.fr/exemple"},
               {"code": "CESP", "versionNumber": 1, "label": "Contrat d'engagement de service public",
                "funder": "STATE", "category": "STUDY_CONTRACT", "validity": {"validFrom": "2010-01-01"},
                "status": "INELIGIBLE",
                "criteria": [{"criterion": "CAREER_STAGE", "outcome": "NOT_MET", "reason": "Réservé aux étudiants <script>alert(1)</script>"}],
                "schedule": {"kind": "MONTHLY", "computable": false, "totalCents": 0, "monthlyAmountCents": 120000}}
             ],
             "combination": ["CONV2024_INSTALLATION_ZIP"], "totalCents": 1000000, "notes": []}""";

    @BeforeEach
    void standIn() {
        api.resetAll();
        api.stubFor(get(urlPathEqualTo("/api/territories/communes")).withQueryParam("q", equalTo("laon"))
                .willReturn(json(200, LAON)));
        api.stubFor(get(urlPathEqualTo("/api/aids")).willReturn(json(200, """
                {"items": [{"code": "CAIM", "label": "Contrat d'aide à l'installation des médecins"}]}""")));
    }

    @Test
    void the_form_is_public_and_lists_the_communes_found_by_name() {
        given().redirects().follow(false)
                .when().get("/simulateur?nom=laon&profession=NURSE")
                .then().statusCode(200)
                .body(allOf(containsString("<h1>Simuler mes aides à l'installation</h1>"),
                        containsString("value=\"02408\""), containsString("Laon"), containsString("Laon-Sud"),
                        containsString("<option value=\"NURSE\" selected>"),
                        containsString("Contrat d&#39;aide à l&#39;installation des médecins")));
    }

    @Test
    void a_result_shows_each_aid_with_its_reasons_amounts_in_euros_and_dated_payments() {
        api.stubFor(post(urlPathEqualTo("/api/eligibility")).willReturn(json(200, SIMULATION)));

        given().when().get(PROJECT + "&jours=4,5&garde=non")
                .then().statusCode(200)
                .body(allOf(containsString("Vos aides à l'installation à Laon"),
                        containsString(TEN_THOUSAND_EUROS + " sur la période"),
                        containsString("<td>1er mars 2027</td><td>Année 1</td><td>" + FIVE_THOUSAND_EUROS + "</td>"),
                        containsString("<td>1er mars 2028</td>"),
                        containsString("aria-labelledby=\"versements-CONV2024_INSTALLATION_ZIP\""),
                        containsString("<caption id=\"versements-CONV2024_INSTALLATION_ZIP\">"),
                        containsString("La commune est en zone d&#39;intervention prioritaire."),
                        containsString("Condition remplie"), containsString("À préciser"),
                        containsString("Exercer dans la zone (5 ans)"),
                        containsString("Adhérer à la convention médicale"),
                        containsString("href=\"https://www.ameli.fr/exemple\""),
                        containsString("href=\"/aides/CONV2024_INSTALLATION_ZIP\""),
                        containsString("Exonération d&#39;impôt sur 60 jours de garde."),
                        containsString("Montant non compté dans le total"),
                        containsString("Zone d&#39;intervention prioritaire (ZIP)"),
                        containsString("zonage de démonstration")));

        api.verify(postRequestedFor(urlPathEqualTo("/api/eligibility")).withRequestBody(equalToJson("""
                {"profession": "GENERAL_PRACTITIONER", "careerStage": "INSTALLING", "targetCommune": "02408",
                 "plannedStartDate": "2027-03-01", "daysPerWeek": 4.5, "onCallDuty": false}""")));
    }

    @Test
    void a_result_links_back_to_its_form_with_every_answer() {
        api.stubFor(post(urlPathEqualTo("/api/eligibility")).willReturn(json(200, SIMULATION)));

        given().when().get(PROJECT + "&jours=4")
                .then().statusCode(200)
                .body(containsString("href=\"/simulateur?profession=GENERAL_PRACTITIONER&amp;etape=INSTALLING&amp;nom=laon"
                        + "&amp;commune=02408&amp;debut=2027-03-01&amp;jours=4\""));
    }

    @Test
    void what_the_api_says_shows_as_text_never_as_markup() {
        api.stubFor(post(urlPathEqualTo("/api/eligibility")).willReturn(json(200, SIMULATION)));

        given().when().get(PROJECT)
                .then().statusCode(200)
                .body(allOf(containsString("Réservé aux étudiants &lt;script&gt;alert(1)&lt;/script&gt;"),
                        not(containsString("<script>alert(1)"))));
    }

    @Test
    void the_api_refusing_a_value_shows_beside_its_field_in_french_with_the_input_kept() {
        api.stubFor(post(urlPathEqualTo("/api/eligibility")).willReturn(json(400, """
                {"type": "https://guichet.example/problems/400", "title": "Invalid request", "status": 400,
                 "detail": "The request has invalid fields.",
                 "errors": [{"field": "daysPerWeek", "message": "must be less than or equal to 7"}]}""")));

        given().when().get(PROJECT + "&jours=9")
                .then().statusCode(400)
                .body(allOf(containsString("<title>Erreurs — Simuler mes aides"),
                        containsString("fr-input-group--error"),
                        containsString("Indiquez un nombre de jours par semaine entre 0,5 et 7"),
                        containsString("<a href=\"#jours\">"),
                        containsString("id=\"jours\" name=\"jours\" value=\"9\""),
                        containsString("<option value=\"GENERAL_PRACTITIONER\" selected>"),
                        containsString("value=\"02408\" checked"),
                        not(containsString("must be less than"))));
    }

    @Test
    void a_missing_profession_is_the_apis_to_refuse_and_the_pages_to_explain() {
        api.stubFor(post(urlPathEqualTo("/api/eligibility")).willReturn(json(400, """
                {"title": "Invalid request", "status": 400, "detail": "The request has invalid fields.",
                 "errors": [{"field": "profession", "message": "must not be null"}]}""")));

        given().when().get("/simulateur/resultats?etape=INSTALLING&nom=laon&commune=02408&debut=2027-03-01")
                .then().statusCode(400)
                .body(allOf(containsString("fr-select-group--error"),
                        containsString("Choisissez votre profession dans la liste.")));
    }

    @Test
    void a_date_that_is_no_date_is_refused_without_asking_the_api() {
        given().when().get("/simulateur/resultats?profession=NURSE&etape=INSTALLING&nom=laon&commune=02408&debut=31/02/2027x")
                .then().statusCode(400)
                .body(containsString("Indiquez la date de début prévue au format jj/mm/aaaa"));

        api.verify(0, postRequestedFor(urlPathEqualTo("/api/eligibility")));
    }

    @Test
    void a_commune_the_api_does_not_know_is_reported_on_the_commune() {
        api.stubFor(post(urlPathEqualTo("/api/eligibility")).willReturn(json(404, """
                {"title": "Not Found", "status": 404, "detail": "No commune has the INSEE code 99999."}""")));

        given().when().get("/simulateur/resultats?profession=NURSE&etape=INSTALLING&commune=99999&debut=2027-03-01")
                .then().statusCode(400)
                .body(containsString("Choisissez la commune d&#39;exercice parmi les résultats"));
    }

    @Test
    void a_commune_name_of_one_letter_asks_for_more_without_searching() {
        given().when().get("/simulateur?nom=l")
                .then().statusCode(200)
                .body(containsString("Saisissez au moins les deux premières lettres du nom de la commune."));

        api.verify(0, getRequestedFor(urlPathEqualTo("/api/territories/communes")));
    }

    @Test
    void the_live_commune_search_answers_the_list_alone() {
        given().header("HX-Request", "true")
                .when().get("/simulateur/communes?nom=laon")
                .then().statusCode(200)
                .body(allOf(containsString("value=\"02408\""), not(containsString("<html"))));
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(int status, String body) {
        return aResponse().withStatus(status)
                .withHeader("Content-Type", status >= 400 ? "application/problem+json" : "application/json").withBody(body);
    }
}
