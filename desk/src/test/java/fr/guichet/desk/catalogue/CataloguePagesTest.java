package fr.guichet.desk.catalogue;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static fr.guichet.desk.support.FakeApi.api;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;

import fr.guichet.desk.support.FakeApi;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(FakeApi.class)
class CataloguePagesTest {

    private static final String MOUNTAIN_AID = """
            {"code": "OCCITANIE_MONTAGNE", "versionNumber": 2, "validFrom": "2022-05-07", "validTo": "2026-12-31",
             "validFromIndicative": false, "validToIndicative": true,
             "label": "Aide à l'installation en zone de montagne (Occitanie)",
             "description": "50 000 € pour les médecins et chirurgiens-dentistes qui s'installent en zone de montagne en Occitanie, versés sur trois ans, pour une pratique coordonnée et la participation à la permanence des soins, en dehors des zones déjà aidées par l'Assurance Maladie.",
             "funder": "ARS", "category": "REGIONAL_INSTALLATION",
             "scope": {"level": "REGIONAL", "regions": ["76"], "departments": []},
             "definition": {
               "professions": ["GENERAL_PRACTITIONER", "DENTIST"], "careerStages": ["INSTALLING", "RECENTLY_INSTALLED"],
               "criteria": [{"type": "TERRITORY", "regions": ["76"]},
                            {"type": "ZONE", "anyOf": ["MONTAGNE"]},
                            {"type": "ANY_OF", "anyOf": [{"type": "COORDINATED_PRACTICE", "anyOf": ["MSP", "CPTS"]},
                                                         {"type": "QUESTION", "question": "Exercez-vous en <b>groupe</b> ?"}]},
                            {"type": "MIN_DAYS_PER_WEEK", "min": 2.5}],
               "conditionsToCheck": ["Participer à la permanence des soins"],
               "amount": {"kind": "INSTALMENTS", "instalments": [{"yearOffset": 0, "amountCents": 2000000},
                          {"yearOffset": 1, "amountCents": 1500000}, {"yearOffset": 2, "amountCents": 1500000}]},
               "commitments": [{"kind": "STAY", "years": 3, "description": "Exercer trois ans dans la commune"}],
               "incompatibleWith": ["CAIM"], "requiredDocuments": ["Projet de santé"]},
             "sourceUrl": "https://occitanie.paps.sante.fr/montagne", "publishedAt": "2026-11-25T00:00:00Z"}""";

    @BeforeEach
    void standIn() {
        api.resetAll();
        api.stubFor(get(urlEqualTo("/api/territories/regions")).willReturn(json(200, """
                [{"code": "76", "name": "Occitanie"}, {"code": "32", "name": "Hauts-de-France"},
                 {"code": "11", "name": "Île-de-France"}]""")));
        api.stubFor(get(urlEqualTo("/api/territories/departments")).willReturn(json(200, """
                [{"code": "02", "name": "Aisne", "regionCode": "32"}, {"code": "48", "name": "Lozère", "regionCode": "76"}]""")));
    }

    @Test
    void an_aid_page_shows_its_amounts_conditions_commitments_dates_and_source() {
        api.stubFor(get(urlEqualTo("/api/aids/OCCITANIE_MONTAGNE")).willReturn(json(200, MOUNTAIN_AID)));
        api.stubFor(get(urlEqualTo("/api/aids/OCCITANIE_MONTAGNE/versions")).willReturn(json(200, "[" + MOUNTAIN_AID + "]")));

        given().when().get("/aides/OCCITANIE_MONTAGNE")
                .then().statusCode(200)
                .body(allOf(containsString("<h1>Aide à l&#39;installation en zone de montagne (Occitanie)</h1>"),
                        containsString("50\u202f000\u00a0€ au total, en 3 versements annuels."),
                        containsString("<th scope=\"row\">1re année</th><td>20\u202f000\u00a0€</td>"),
                        containsString("<th scope=\"row\">3e année</th><td>15\u202f000\u00a0€</td>"),
                        containsString("Du 7 mai 2022 au 31 décembre 2026 (date indicative)"),
                        containsString("Exercer dans le territoire couvert : région Occitanie."),
                        containsString("Zonage de la commune d&#39;exercice : Zone de montagne."),
                        containsString("Exercer au moins 2,5 jours par semaine"),
                        containsString("Exercez-vous en &lt;b&gt;groupe&lt;/b&gt; ?"),
                        containsString("Durée d&#39;exercice (3 ans) :</strong> Exercer trois ans dans la commune"),
                        containsString("<a href=\"/aides/CAIM\">CAIM</a>"),
                        containsString("Médecin généraliste, Chirurgien-dentiste"),
                        containsString("Agence régionale de santé"),
                        containsString("href=\"https://occitanie.paps.sante.fr/montagne\""),
                        containsString("publiée le 25 novembre 2026")));
    }

    @Test
    void an_aid_page_tells_search_engines_what_it_is_about() {
        api.stubFor(get(urlEqualTo("/api/aids/OCCITANIE_MONTAGNE")).willReturn(json(200, MOUNTAIN_AID)));
        api.stubFor(get(urlEqualTo("/api/aids/OCCITANIE_MONTAGNE/versions")).willReturn(json(200, "[" + MOUNTAIN_AID + "]")));

        given().when().get("/aides/OCCITANIE_MONTAGNE")
                .then().statusCode(200)
                .body(allOf(containsString("<meta name=\"description\" content=\"50 000 € pour les médecins et"
                                + " chirurgiens-dentistes qui s&#39;installent en zone de montagne en Occitanie, versés sur"
                                + " trois ans, pour une pratique coordonnée et la…\">"),
                        containsString("<link rel=\"canonical\" href=\"http://localhost:8080/aides/OCCITANIE_MONTAGNE\">"),
                        containsString("<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\","
                                + "\"@type\":\"GovernmentService\",\"name\":\"Aide à l'installation en zone de montagne (Occitanie)\""),
                        containsString("\"areaServed\":[{\"@type\":\"AdministrativeArea\",\"name\":\"Occitanie\"}]")));
    }

    @Test
    void an_aid_page_says_where_it_stands_in_the_breadcrumb() {
        api.stubFor(get(urlEqualTo("/api/aids/OCCITANIE_MONTAGNE")).willReturn(json(200, MOUNTAIN_AID)));
        api.stubFor(get(urlEqualTo("/api/aids/OCCITANIE_MONTAGNE/versions")).willReturn(json(200, "[" + MOUNTAIN_AID + "]")));

        given().when().get("/aides/OCCITANIE_MONTAGNE")
                .then().statusCode(200)
                .body(allOf(containsString("<nav role=\"navigation\" class=\"fr-breadcrumb\" aria-label=\"vous êtes ici :\">"),
                        containsString("<li><a class=\"fr-breadcrumb__link\" href=\"/aides\">Les aides</a></li>"),
                        containsString("<li><a class=\"fr-breadcrumb__link\" aria-current=\"page\">Aide à l&#39;installation"
                                + " en zone de montagne (Occitanie)</a></li>")));
    }

    @Test
    void structured_data_cannot_close_its_script_block() {
        String hostile = MOUNTAIN_AID.replace("\"label\": \"Aide à l'installation en zone de montagne (Occitanie)\"",
                "\"label\": \"</script><script>alert(1)</script>\"");
        api.stubFor(get(urlEqualTo("/api/aids/OCCITANIE_MONTAGNE")).willReturn(json(200, hostile)));
        api.stubFor(get(urlEqualTo("/api/aids/OCCITANIE_MONTAGNE/versions")).willReturn(json(200, "[]")));

        given().when().get("/aides/OCCITANIE_MONTAGNE")
                .then().statusCode(200)
                .body(allOf(containsString("\"name\":\"\\u003c/script>\\u003cscript>alert(1)\\u003c/script>\""),
                        not(containsString("<script>alert(1)"))));
    }

    @Test
    void an_unknown_aid_is_the_french_not_found_page() {
        api.stubFor(get(urlEqualTo("/api/aids/NO_SUCH_AID")).willReturn(json(404, """
                {"title": "Not Found", "status": 404, "detail": "No aid NO_SUCH_AID."}""")));

        given().when().get("/aides/NO_SUCH_AID")
                .then().statusCode(404)
                .body(allOf(containsString("Page introuvable"), not(containsString("NO_SUCH_AID."))));
    }

    @Test
    void a_code_no_aid_can_have_is_not_found_without_asking_the_api() {
        given().when().get("/aides/pas-une-aide")
                .then().statusCode(404)
                .body(containsString("Page introuvable"));

        api.verify(0, getRequestedFor(urlPathEqualTo("/api/aids/pas-une-aide")));
    }

    @Test
    void the_list_passes_its_filters_to_the_api_and_links_the_next_page_with_them() {
        api.stubFor(get(urlPathEqualTo("/api/aids")).willReturn(json(200,
                "{\"items\": [" + MOUNTAIN_AID + "], \"nextCursor\": \"MjA\"}")));

        given().when().get("/aides?profession=GENERAL_PRACTITIONER&departement=48&q=montagne")
                .then().statusCode(200)
                .body(allOf(containsString("<a href=\"/aides/OCCITANIE_MONTAGNE\">"),
                        containsString("<option value=\"GENERAL_PRACTITIONER\" selected>"),
                        containsString("<option value=\"48\" selected>48 — Lozère</option>"),
                        containsString("En vigueur depuis le 7 mai 2022, jusqu'au 31 décembre 2026"),
                        containsString("href=\"/aides?q=montagne&amp;profession=GENERAL_PRACTITIONER&amp;departement=48&amp;suite=MjA\""),
                        containsString("<meta name=\"description\""),
                        containsString("<link rel=\"canonical\" href=\"http://localhost:8080/aides\">")));

        api.verify(getRequestedFor(urlEqualTo("/api/aids?q=montagne&profession=GENERAL_PRACTITIONER&department=48&limit=20")));
    }

    @Test
    void a_filter_the_api_refuses_is_explained_on_the_list() {
        api.stubFor(get(urlPathEqualTo("/api/aids")).willReturn(json(400, """
                {"title": "Invalid request", "status": 400, "errors": [{"field": "profession", "message": "bad"}]}""")));

        given().when().get("/aides?profession=ASTRONAUT")
                .then().statusCode(400)
                .body(containsString("Un des filtres n'est pas valable"));
    }

    private static ResponseDefinitionBuilder json(int status, String body) {
        return aResponse().withStatus(status)
                .withHeader("Content-Type", status >= 400 ? "application/problem+json" : "application/json").withBody(body);
    }
}
