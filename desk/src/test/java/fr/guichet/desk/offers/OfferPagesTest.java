package fr.guichet.desk.offers;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static fr.guichet.desk.offers.Offers.ID;
import static fr.guichet.desk.offers.Offers.problem;
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

/** The public offers pages over the welcome API: the search with its filters and pages, and each offer's page. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(FakeApi.class)
class OfferPagesTest {

    static final String OFFER = "/api/offers/" + ID;
    static final String PAGE = "/offres/" + ID;

    Browser visitor;

    @BeforeEach
    void visit() {
        api.resetAll();
        visitor = Browser.visitor();
    }

    @Test
    void the_search_passes_every_filter_on_and_links_each_offer_and_the_next_page_with_the_same_filters() {
        api.stubFor(get(urlPathEqualTo("/api/offers")).willReturn(okJson("{\"items\":[" + Offers.job("PUBLISHED")
                + "],\"nextCursor\":\"c+2\"}")));

        visitor.request().get("/offres?q=médecin&departement=41&commune=41018&rayon=30&type=JOB&public=INTERNS").then()
                .statusCode(200)
                .body(containsString("<h1>Offres d'emploi, de stage et de logement</h1>"))
                .body(containsString("<a href=\"" + PAGE + "\">Médecin généraliste &lt;b&gt;salarié&lt;/b&gt; à Blois</a>"))
                .body(containsString("Emploi, commune 41018, département 41 (à 12 km)."))
                .body(containsString("Pour : Internes, Médecins remplaçants. Jusqu'au 30 juin 2027."))
                .body(containsString("<option value=\"JOB\" selected>Emploi</option>"))
                .body(containsString("<option value=\"INTERNS\" selected>Internes</option>"))
                .body(containsString("value=\"30\""))
                .body(containsString("href=\"/offres?departement=41&amp;commune=41018&amp;rayon=30&amp;type=JOB&amp;public=INTERNS"
                        + "&amp;q=m%C3%A9decin&amp;suite=c%2B2\">Offres suivantes</a>"));
        api.verify(getRequestedFor(urlPathEqualTo("/api/offers")).withQueryParam("department", equalTo("41"))
                .withQueryParam("commune", equalTo("41018")).withQueryParam("radiusKm", equalTo("30"))
                .withQueryParam("kind", equalTo("JOB")).withQueryParam("audience", equalTo("INTERNS"))
                .withQueryParam("q", equalTo("médecin")).withQueryParam("cursor", absent()));
    }

    @Test
    void the_next_page_asks_the_api_from_its_cursor_and_the_last_page_links_no_further() {
        api.stubFor(get(urlPathEqualTo("/api/offers")).willReturn(okJson("{\"items\":[" + Offers.internship() + "]}")));

        visitor.request().get("/offres?type=INTERNSHIP&suite=b2Zmc2V0OjIw").then().statusCode(200)
                .body(containsString("Terrain de stage, commune 41018"))
                .body(not(containsString("Offres suivantes")));
        api.verify(getRequestedFor(urlPathEqualTo("/api/offers")).withQueryParam("cursor", equalTo("b2Zmc2V0OjIw"))
                .withQueryParam("kind", equalTo("INTERNSHIP")).withQueryParam("department", absent()));
    }

    @Test
    void no_offer_found_is_said() {
        api.stubFor(get(urlPathEqualTo("/api/offers")).willReturn(okJson("{\"items\":[]}")));

        visitor.request().get("/offres?departement=48").then().statusCode(200)
                .body(containsString("Aucune offre ouverte aujourd'hui ne correspond à ces critères."));
    }

    @Test
    void a_search_the_api_refuses_comes_back_with_the_reasons_beside_its_fields_and_the_search_kept() {
        api.stubFor(get(urlPathEqualTo("/api/offers")).willReturn(problem(400, """
                ,"errors":[{"field":"radiusKm","message":"needs a commune to be around"},
                 {"field":"department","message":"must be a department code such as 48"}]""")));

        visitor.request().get("/offres?departement=999&rayon=30").then().statusCode(400)
                .body(containsString("Le formulaire contient 2 erreurs"))
                .body(containsString("<a href=\"#rayon\">Indiquez un rayon de 1 à 200 km, avec une commune.</a>"))
                .body(containsString("Indiquez un code de département, par exemple 41 ou 2A."))
                .body(containsString("fr-input-group--error"))
                .body(containsString("value=\"999\""))
                .body(containsString("Corrigez la recherche pour voir les offres."));
    }

    @Test
    void a_radius_around_a_commune_without_a_known_centre_is_said_on_the_commune() {
        api.stubFor(get(urlPathEqualTo("/api/offers")).willReturn(problem(422)));

        visitor.request().get("/offres?commune=41999&rayon=30").then().statusCode(422)
                .body(containsString("Le centre de cette commune n&#39;est pas connu"));
    }

    @Test
    void a_job_says_the_post_where_for_whom_until_when_and_whom_to_contact() {
        api.stubFor(get(urlEqualTo(OFFER)).willReturn(okJson(Offers.job("PUBLISHED"))));

        visitor.request().get(PAGE).then().statusCode(200)
                .body(containsString("<h1>Médecin généraliste &lt;b&gt;salarié&lt;/b&gt; à Blois</h1>"))
                .body(containsString("Emploi dans le département 41, jusqu'au 30 juin 2027."))
                .body(containsString("Commune 41018, département 41"))
                .body(containsString("Du 4 janvier 2027 au 30 juin 2027"))
                .body(containsString("Poste salarié (centre de santé, hôpital)"))
                .body(containsString("Centre de santé départemental de Blois"))
                .body(containsString("<dd>1er mars 2027</dd>"))
                .body(containsString("<a href=\"mailto:sante@loir-et-cher.example.fr\">sante@loir-et-cher.example.fr</a>"))
                .body(containsString("Téléphone : 02 54 00 00 00"))
                .body(containsString("<a class=\"fr-breadcrumb__link\" href=\"/offres\">Offres</a>"));
    }

    @Test
    void an_internship_gives_its_supervisor_and_places_by_semester() {
        api.stubFor(get(urlEqualTo(OFFER)).willReturn(okJson(Offers.internship())));

        visitor.request().get(PAGE).then().statusCode(200)
                .body(containsString("Maison de santé de Vendôme"))
                .body(containsString("Dr Claire Martin"))
                .body(containsString("<li>semestre de mai 2027 : 2 places</li>"))
                .body(containsString("<li>semestre de novembre 2027 : 1 place</li>"));
    }

    @Test
    void a_housing_gives_its_address_rent_allowance_and_availability() {
        api.stubFor(get(urlEqualTo(OFFER)).willReturn(okJson(Offers.housing(35050))));

        visitor.request().get(PAGE).then().statusCode(200)
                .body(containsString("Colocation d&#39;internes"))
                .body(containsString("12 rue de l&#39;Ange, Romorantin"))
                .body(containsString("350,50\u00a0€"))
                .body(containsString("Le loyer entier pour les stages en zone sous-dotée"))
                .body(containsString("<li>semestre de novembre 2027 : 3 places</li>"));

        api.stubFor(get(urlEqualTo(OFFER)).willReturn(okJson(Offers.housing(0))));
        visitor.request().get(PAGE).then().statusCode(200).body(containsString("<dd>Gratuit</dd>"));
    }

    @Test
    void an_offer_the_public_may_not_read_is_the_french_not_found_page() {
        api.stubFor(get(urlEqualTo(OFFER)).willReturn(problem(404)));

        visitor.request().get(PAGE).then().statusCode(404).body(containsString("Page introuvable"));
    }

    @Test
    void the_public_pages_ask_the_public_api_even_for_a_logged_in_organiser() {
        api.stubFor(get(urlEqualTo(OFFER)).willReturn(problem(404)));
        api.stubFor(get(urlPathEqualTo("/api/offers")).willReturn(okJson("{\"items\":[]}")));
        Browser organiser = Browser.loggedIn("organisateur-41", "organiser");

        organiser.request().get(PAGE).then().statusCode(404);
        organiser.request().get("/offres").then().statusCode(200);

        api.verify(getRequestedFor(urlEqualTo(OFFER)).withHeader("Authorization", absent()));
        api.verify(getRequestedFor(urlPathEqualTo("/api/offers")).withHeader("Authorization", absent()));
    }

    @Test
    void the_menu_and_the_home_page_lead_to_the_offers() {
        visitor.request().get("/").then().statusCode(200)
                .body(containsString("<a class=\"fr-nav__link\" href=\"/offres\" >Offres</a>"))
                .body(containsString("<a href=\"/offres\">voir les offres d'emploi, de stage et de logement</a>"));
    }
}
