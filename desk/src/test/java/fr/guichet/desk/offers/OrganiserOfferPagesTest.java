package fr.guichet.desk.offers;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static fr.guichet.desk.offers.Offers.ID;
import static fr.guichet.desk.offers.Offers.problem;
import static fr.guichet.desk.support.FakeApi.api;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.guichet.desk.page.French;
import fr.guichet.desk.support.Browser;
import fr.guichet.desk.support.FakeApi;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.specification.RequestSpecification;

/** The organiser's offers pages: their offers, a new offer of each kind, publication, filling and withdrawal. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(FakeApi.class)
class OrganiserOfferPagesTest {

    static final String OFFER = "/api/offers/" + ID;
    static final String PAGE = "/organisation/offres/" + ID;
    static final String NEW = "/organisation/offres/nouvelle";

    Browser organiser;

    @BeforeEach
    void logIn() {
        api.resetAll();
        organiser = Browser.loggedIn("organisateur-41", "organiser");
    }

    void standInOffer(String offer) {
        api.stubFor(get(urlEqualTo(OFFER)).willReturn(okJson(offer).withHeader("ETag", "\"1\"")));
    }

    @Test
    void the_organiser_lists_their_offers_in_every_status_and_others_are_kept_out() {
        api.stubFor(get(urlPathEqualTo("/api/offers/managed")).willReturn(okJson("{\"items\":[" + Offers.job("DRAFT") + ","
                + Offers.housing(0).replace("PUBLISHED", "FILLED") + "],\"nextCursor\":\"m 2\"}")));

        organiser.request().get("/organisation/offres").then().statusCode(200)
                .body(containsString("<a href=\"" + PAGE + "\">Médecin généraliste &lt;b&gt;salarié&lt;/b&gt; à Blois</a>"))
                .body(containsString("<td>Brouillon</td>"))
                .body(containsString("<td>Pourvue</td>"))
                .body(containsString("<td>du 04/01/2027 au 30/06/2027</td>"))
                .body(containsString("href=\"/organisation/offres?suite=m+2\""))
                .body(containsString("href=\"/organisation/offres\" aria-current=\"page\">Mes offres</a>"))
                .body(containsString("href=\"/organisation\" >Mes événements</a>"));
        Browser.visitor().request().get("/organisation/offres").then().statusCode(302);
        Browser.loggedIn("marie", "correspondant").request().get("/organisation/offres").then().statusCode(403);
        Browser.loggedIn("marie", "correspondant").request().get(PAGE).then().statusCode(403);
    }

    @Test
    void a_new_offer_starts_with_its_kind_and_proposes_the_semesters_to_come() {
        organiser.request().get(NEW).then().statusCode(200)
                .body(containsString("href=\"" + NEW + "?type=INTERNSHIP\">Terrain de stage</a>"));
        organiser.request().get(NEW + "?type=AUTRE").then().statusCode(200)
                .body(containsString("href=\"" + NEW + "?type=HOUSING\">Logement</a>"));

        List<String> semesters = Semester.after(LocalDate.now(French.ZONE), Semester.PROPOSED);
        organiser.request().get(NEW + "?type=HOUSING").then().statusCode(200)
                .body(containsString("<h1>Nouvelle offre : Logement</h1>"))
                .body(containsString("<input type=\"hidden\" name=\"kind\" value=\"HOUSING\">"))
                .body(containsString("<option value=\"CO_LIVING\">Colocation d&#39;internes</option>"))
                .body(containsString("name=\"semester\" value=\"" + semesters.get(0) + "\""))
                .body(containsString("name=\"semester\" value=\"" + semesters.get(3) + "\""))
                .body(containsString("value=\"" + LocalDate.now(French.ZONE) + "\""))
                .body(not(containsString("name=\"workplace\"")));
        organiser.request().get(NEW + "?type=JOB").then().statusCode(200)
                .body(containsString("name=\"workplace\""))
                .body(not(containsString("name=\"semester\"")));
    }

    @Test
    void a_housing_is_sent_with_its_rent_in_cents_and_only_the_semesters_given_then_leads_to_its_draft() {
        standInOffer(Offers.housing(35050).replace("PUBLISHED", "DRAFT"));
        api.stubFor(post(urlEqualTo("/api/offers")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody(Offers.housing(35050).replace("PUBLISHED", "DRAFT"))));

        common(organiser.form(NEW + "?type=HOUSING"), "HOUSING").formParam("housingType", "CO_LIVING")
                .formParam("address", "12 rue de l'Ange, Romorantin").formParam("rent", "350,50")
                .formParam("allowanceCovers", " ").formParam("semester", "2027-05", "2027-11").formParam("places", "", " 3 ")
                .post("/organisation/offres").then().statusCode(303)
                .header("Location", endsWith(PAGE + "?fait=CREATED"));

        api.verify(postRequestedFor(urlEqualTo("/api/offers")).withRequestBody(equalToJson("""
                {"kind":"HOUSING","title":"Colocation des internes","description":"Trois chambres.","department":"41",
                 "communeInsee":"41194","audiences":["INTERNS"],"publishedFrom":"2027-01-04","expiresOn":"2027-06-30",
                 "contact":{"name":"Service santé","email":"sante@example.fr"},
                 "housing":{"type":"CO_LIVING","address":"12 rue de l'Ange, Romorantin","rentCents":35050,
                  "availability":[{"semester":"2027-11","places":3}]}}""")));
        organiser.request().get(PAGE + "?fait=CREATED").then().statusCode(200)
                .body(containsString("Le brouillon est créé"))
                .body(containsString(">Publier l&#39;offre</button>"));
    }

    @Test
    void an_internship_and_a_job_send_the_details_of_their_kind_only() {
        api.stubFor(post(urlEqualTo("/api/offers")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody(Offers.internship())));

        common(organiser.form(NEW + "?type=INTERNSHIP"), "INTERNSHIP").formParam("practice", "MSP de Vendôme")
                .formParam("supervisor", "Dr Martin").formParam("semester", "2027-05", "2027-11").formParam("places", "2", "")
                .post("/organisation/offres").then().statusCode(303);
        common(organiser.form(NEW + "?type=JOB"), "JOB").formParam("position", "SUCCESSOR")
                .formParam("workplace", "Cabinet du Dr Petit").formParam("startsOn", "2027-03-01")
                .post("/organisation/offres").then().statusCode(303);

        api.verify(postRequestedFor(urlEqualTo("/api/offers")).withRequestBody(equalToJson("""
                {"kind":"INTERNSHIP","internship":{"practice":"MSP de Vendôme","supervisor":"Dr Martin",
                 "placesBySemester":[{"semester":"2027-05","places":2}]}}""", true, true)));
        api.verify(postRequestedFor(urlEqualTo("/api/offers")).withRequestBody(equalToJson("""
                {"kind":"JOB","job":{"position":"SUCCESSOR","workplace":"Cabinet du Dr Petit","startsOn":"2027-03-01"}}""",
                true, true)));
    }

    @Test
    void the_apis_refusal_comes_back_beside_the_fields_with_the_choices_kept() {
        api.stubFor(post(urlEqualTo("/api/offers")).willReturn(problem(400, """
                ,"errors":[{"field":"communeInsee","message":"must be a commune of department 41"},
                 {"field":"housing.availability","message":"must not be empty"},
                 {"field":"contact.email","message":"must be a well-formed email address"}]""")));

        common(organiser.form(NEW + "?type=HOUSING"), "HOUSING").formParam("housingType", "MUNICIPAL")
                .formParam("rent", "0").formParam("semester", "2027-05").formParam("places", "")
                .formParam("audiences", "STUDENTS")
                .post("/organisation/offres").then().statusCode(400)
                .body(containsString("Le formulaire contient 3 erreurs"))
                .body(containsString("<a href=\"#commune\">Indiquez le code INSEE d&#39;une commune du département"))
                .body(containsString("<a href=\"#semestres\">Indiquez des places pour au moins un semestre"))
                .body(containsString("<a href=\"#contactEmail\">Indiquez une adresse électronique"))
                .body(containsString("fr-fieldset fr-fieldset--error\" id=\"semestres\""))
                .body(containsString("<option value=\"MUNICIPAL\" selected>"))
                .body(containsString("id=\"public-INTERNS\" name=\"audiences\" value=\"INTERNS\" checked"))
                .body(containsString("id=\"public-STUDENTS\" name=\"audiences\" value=\"STUDENTS\" checked"))
                .body(containsString("value=\"sante@example.fr\""))
                .body(containsString("value=\"41194\""));
    }

    @Test
    void a_rent_a_number_of_places_or_a_date_that_cannot_be_read_is_said_without_asking_the_api() {
        common(organiser.form(NEW + "?type=HOUSING"), "HOUSING").formParam("rent", "gratuit")
                .formParam("semester", "2027-05").formParam("places", "deux")
                .post("/organisation/offres").then().statusCode(400)
                .body(containsString("Le formulaire contient 2 erreurs"))
                .body(containsString("Indiquez le loyer mensuel en euros"))
                .body(containsString("Indiquez pour chaque semestre un nombre de places"))
                .body(containsString("value=\"deux\""));
        common(organiser.form(NEW + "?type=JOB"), "JOB").formParam("startsOn", "début mars")
                .post("/organisation/offres").then().statusCode(400)
                .body(containsString("<a href=\"#startsOn\">Indiquez une date, par exemple 04/01/2027.</a>"))
                .body(containsString("value=\"début mars\""));

        api.verify(0, postRequestedFor(urlEqualTo("/api/offers")));
    }

    @Test
    void a_department_outside_the_territory_is_explained() {
        api.stubFor(post(urlEqualTo("/api/offers")).willReturn(problem(403)));

        common(organiser.form(NEW + "?type=JOB"), "JOB").formParam("department", "48")
                .post("/organisation/offres").then().statusCode(403)
                .body(containsString("Ce département n&#39;est pas dans le territoire de votre organisation"));
    }

    @Test
    void a_draft_is_published_with_the_version_read_and_a_stale_version_is_explained() {
        standInOffer(Offers.job("DRAFT"));
        api.stubFor(post(urlEqualTo(OFFER + "/publication")).willReturn(okJson(Offers.job("PUBLISHED"))));

        organiser.request().get(PAGE).then().statusCode(200)
                .body(containsString("action=\"" + PAGE + "/publication\""))
                .body(containsString("action=\"" + PAGE + "/retrait\""))
                .body(not(containsString("action=\"" + PAGE + "/pourvue\"")))
                .body(containsString("<input type=\"hidden\" name=\"etag\" value=\"&quot;1&quot;\">"));
        organiser.form(PAGE).formParam("etag", "\"1\"").post(PAGE + "/publication").then().statusCode(303)
                .header("Location", endsWith(PAGE + "?fait=PUBLISHED"));
        api.verify(postRequestedFor(urlEqualTo(OFFER + "/publication")).withHeader("If-Match", equalTo("\"1\"")));

        api.stubFor(post(urlEqualTo(OFFER + "/publication")).willReturn(problem(412)));
        organiser.form(PAGE).formParam("etag", "\"0\"").post(PAGE + "/publication").then().statusCode(409)
                .body(containsString("L&#39;offre a changé entre-temps"));
        api.stubFor(post(urlEqualTo(OFFER + "/publication")).willReturn(problem(422)));
        organiser.form(PAGE).formParam("etag", "\"1\"").post(PAGE + "/publication").then().statusCode(409)
                .body(containsString("Le dernier jour de cette offre est passé"));
    }

    @Test
    void a_published_offer_is_marked_filled_or_withdrawn_and_a_closed_one_is_explained() {
        standInOffer(Offers.job("PUBLISHED"));
        api.stubFor(post(urlEqualTo(OFFER + "/filling")).willReturn(okJson(Offers.job("FILLED"))));
        api.stubFor(post(urlEqualTo(OFFER + "/withdrawal")).willReturn(problem(409)));

        organiser.request().get(PAGE).then().statusCode(200)
                .body(containsString("<a href=\"/offres/" + ID + "\">Voir la page publique</a>"))
                .body(containsString(">Marquer l&#39;offre pourvue</button>"))
                .body(not(containsString(">Publier l&#39;offre</button>")));
        organiser.form(PAGE).formParam("etag", "\"1\"").post(PAGE + "/pourvue").then().statusCode(303)
                .header("Location", endsWith(PAGE + "?fait=FILLED"));
        api.verify(postRequestedFor(urlEqualTo(OFFER + "/filling")).withHeader("If-Match", equalTo("\"1\"")));
        organiser.form(PAGE).formParam("etag", "\"1\"").post(PAGE + "/retrait").then().statusCode(409)
                .body(containsString("L&#39;offre n&#39;en est plus là"));

        standInOffer(Offers.job("FILLED"));
        organiser.request().get(PAGE + "?fait=FILLED").then().statusCode(200)
                .body(containsString("L&#39;offre est pourvue"))
                .body(not(containsString("name=\"etag\"")));
    }

    @Test
    void another_organisations_offer_cannot_be_changed_and_its_draft_is_not_found() {
        standInOffer(Offers.job("PUBLISHED").replace("CD-41", "CPTS-47"));
        api.stubFor(post(urlEqualTo(OFFER + "/withdrawal")).willReturn(problem(403)));

        organiser.form(PAGE).formParam("etag", "\"1\"").post(PAGE + "/retrait").then().statusCode(403)
                .body(containsString("Cette offre est celle d&#39;une autre organisation"));

        api.stubFor(get(urlEqualTo(OFFER)).willReturn(problem(404)));
        organiser.request().get(PAGE).then().statusCode(404).body(containsString("Page introuvable"));
    }

    @Test
    void a_form_without_its_csrf_token_is_refused_and_nothing_reaches_the_api() {
        organiser.request().contentType("application/x-www-form-urlencoded").formParam("kind", "JOB")
                .post("/organisation/offres").then().statusCode(400);
        organiser.request().contentType("application/x-www-form-urlencoded").formParam("etag", "\"1\"")
                .post(PAGE + "/publication").then().statusCode(400);

        api.verify(0, postRequestedFor(urlEqualTo("/api/offers")));
        api.verify(0, postRequestedFor(urlEqualTo(OFFER + "/publication")));
    }

    private static RequestSpecification common(RequestSpecification form, String kind) {
        return form.formParam("kind", kind).formParam("title", "Colocation des internes").formParam("description", "Trois chambres.")
                .formParam("department", "41").formParam("commune", "41194").formParam("audiences", "INTERNS")
                .formParam("publishedFrom", "2027-01-04").formParam("expiresOn", "2027-06-30")
                .formParam("contactName", "Service santé").formParam("contactEmail", "sante@example.fr")
                .formParam("contactPhone", "");
    }
}
