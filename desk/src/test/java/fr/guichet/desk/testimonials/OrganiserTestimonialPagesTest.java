package fr.guichet.desk.testimonials;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static fr.guichet.desk.support.FakeApi.api;
import static fr.guichet.desk.support.FakeApi.problem;
import static fr.guichet.desk.testimonials.TestimonialPagesTest.ID;
import static fr.guichet.desk.testimonials.TestimonialPagesTest.TESTIMONIAL;
import static fr.guichet.desk.testimonials.TestimonialPagesTest.testimonial;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.guichet.desk.support.Browser;
import fr.guichet.desk.support.FakeApi;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.specification.RequestSpecification;

/** The organiser's testimonials: their list, a new one with the person's consent, moderation and withdrawal. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(FakeApi.class)
class OrganiserTestimonialPagesTest {

    static final String PAGE = "/organisation/temoignages/" + ID;
    static final String NEW = "/organisation/temoignages/nouveau";
    static final String CONSENT = ",\"consent\":{\"recordedBy\":\"organisateur-48\",\"recordedAt\":\"2026-05-01T10:00:00Z\","
            + "\"wordingVersion\":\"temoignage-2026-01\",\"photoConsent\":true}";

    Browser organiser;

    @BeforeEach
    void logIn() {
        api.resetAll();
        organiser = Browser.loggedIn("organisateur-48", "organiser");
    }

    void standIn(String status, String more) {
        api.stubFor(get(urlEqualTo(TESTIMONIAL)).willReturn(okJson(testimonial(status, more)).withHeader("ETag", "\"3\"")));
    }

    RequestSpecification filledIn() {
        return organiser.form(NEW).formParam("title", "S'installer à Mende").formParam("author", "Claire")
                .formParam("story", "Mon histoire").formParam("department", "48").formParam("commune", "48095")
                .formParam("settledYear", "2024").formParam("practiceMode", "LIBERAL").formParam("aidCodes", "cesp, OCCITANIE_MONTAGNE");
    }

    @Test
    void the_organiser_lists_their_testimonials_whatever_their_status_and_a_visitor_is_sent_to_log_in() {
        api.stubFor(get(urlPathEqualTo("/api/testimonials/managed")).willReturn(okJson("{\"items\":["
                + testimonial("DRAFT", "") + "," + testimonial("WITHDRAWN", ",\"title\":null") + "],\"nextCursor\":null}")));

        organiser.request().get("/organisation/temoignages").then().statusCode(200)
                .body(containsString("<a href=\"" + PAGE + "\">S&#39;installer à Mende &lt;i&gt;après&lt;/i&gt; l&#39;internat</a>"))
                .body(containsString("<td>Brouillon</td>"))
                .body(containsString("<td>À enregistrer</td>"))
                .body(containsString(">Témoignage retiré</a>"))
                .body(containsString("href=\"/organisation/temoignages\" aria-current=\"page\">Mes témoignages</a>"));
        Browser.visitor().request().get("/organisation/temoignages").then().statusCode(302);
        Browser.loggedIn("marie", "correspondant").request().get("/organisation/temoignages").then().statusCode(403);
    }

    @Test
    void a_new_testimonial_without_consent_is_a_draft_with_its_aid_codes_in_capitals() {
        api.stubFor(post(urlEqualTo("/api/testimonials")).willReturn(aResponse().withStatus(201).withHeader("ETag", "\"1\"")
                .withHeader("Content-Type", "application/json").withBody(testimonial("DRAFT", ""))));

        filledIn().post("/organisation/temoignages").then().statusCode(303).header("Location", endsWith(PAGE + "?fait=CREATED"));

        api.verify(postRequestedFor(urlEqualTo("/api/testimonials")).withRequestBody(equalToJson("""
                {"title":"S'installer à Mende","story":"Mon histoire","author":"Claire","department":"48","communeInsee":"48095",
                 "practiceMode":"LIBERAL","settledYear":2024,"aidCodes":["CESP","OCCITANIE_MONTAGNE"]}""")));
        api.verify(0, postRequestedFor(urlPathEqualTo(TESTIMONIAL + "/consent")));
    }

    @Test
    void a_new_testimonial_with_the_signed_consent_records_it_and_shows_the_withdrawal_link_once() {
        api.stubFor(post(urlEqualTo("/api/testimonials")).willReturn(aResponse().withStatus(201).withHeader("ETag", "\"1\"")
                .withHeader("Content-Type", "application/json").withBody(testimonial("DRAFT", ""))));
        api.stubFor(post(urlEqualTo(TESTIMONIAL + "/consent")).willReturn(okJson("{\"testimonial\":"
                + testimonial("DRAFT", CONSENT) + ",\"withdrawalToken\":\"tok\",\"withdrawalUrl\":"
                + "\"https://guichet.example.fr/temoignages/retrait?jeton=tok\"}").withHeader("ETag", "\"2\"")));

        filledIn().formParam("consent", "oui").formParam("wordingVersion", "temoignage-2026-01").formParam("photoConsent", "oui")
                .formParam("email", "claire@example.fr").post("/organisation/temoignages").then().statusCode(200)
                .body(containsString("L'accord de la personne est enregistré"))
                .body(containsString("href=\"https://guichet.example.fr/temoignages/retrait?jeton=tok\""))
                .body(containsString("name=\"etag\" value=\"&quot;2&quot;\""))
                .body(containsString(">Publier le témoignage</button>"));

        api.verify(postRequestedFor(urlEqualTo(TESTIMONIAL + "/consent")).withHeader("If-Match", equalTo("\"1\""))
                .withRequestBody(equalToJson("{\"wordingVersion\":\"temoignage-2026-01\",\"photoConsent\":true,"
                        + "\"email\":\"claire@example.fr\"}")));
    }

    @Test
    void a_consent_ticked_without_its_wording_writes_nothing() {
        filledIn().formParam("consent", "oui").post("/organisation/temoignages").then().statusCode(400)
                .body(containsString("Le formulaire contient une erreur"))
                .body(containsString("<a href=\"#wordingVersion\">"))
                .body(containsString("value=\"S&#39;installer à Mende\""));
        api.verify(0, postRequestedFor(urlEqualTo("/api/testimonials")));
    }

    @Test
    void the_apis_refusals_are_shown_beside_the_fields_with_the_values_kept() {
        api.stubFor(post(urlEqualTo("/api/testimonials")).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/problem+json").withBody("""
                        {"title":"Bad Request","status":400,"errors":[{"field":"communeInsee","message":"must be..."},
                         {"field":"videoUrl","message":"must be an https address"}]}""")));

        filledIn().formParam("videoUrl", "http://video").post("/organisation/temoignages").then().statusCode(400)
                .body(containsString("Le formulaire contient 2 erreurs"))
                .body(containsString("<a href=\"#commune\">Indiquez le code INSEE"))
                .body(containsString("<a href=\"#videoUrl\">Indiquez un lien qui commence par https://"))
                .body(containsString("value=\"http://video\""));

        api.stubFor(post(urlEqualTo("/api/testimonials")).willReturn(problem(422)));
        filledIn().post("/organisation/temoignages").then().statusCode(422)
                .body(containsString("n&#39;est pas celui d&#39;une aide du catalogue"));

        api.stubFor(post(urlEqualTo("/api/testimonials")).willReturn(problem(403)));
        filledIn().post("/organisation/temoignages").then().statusCode(403)
                .body(containsString("pas dans le territoire de votre organisation"));
    }

    @Test
    void a_draft_shows_the_consent_form_and_records_the_consent_with_the_version_read() {
        standIn("DRAFT", "");
        api.stubFor(post(urlEqualTo(TESTIMONIAL + "/consent")).willReturn(okJson("{\"testimonial\":"
                + testimonial("DRAFT", CONSENT) + ",\"withdrawalToken\":\"tok\",\"withdrawalUrl\":\"https://g.example.fr/t?jeton=tok\"}")
                .withHeader("ETag", "\"4\"")));

        organiser.request().get(PAGE).then().statusCode(200)
                .body(containsString("action=\"" + PAGE + "/accord\""))
                .body(not(containsString(">Publier le témoignage</button>")));
        organiser.form(PAGE).formParam("etag", "\"3\"").formParam("wordingVersion", "v1").post(PAGE + "/accord").then()
                .statusCode(200).body(containsString("https://g.example.fr/t?jeton=tok"));
        api.verify(postRequestedFor(urlEqualTo(TESTIMONIAL + "/consent")).withHeader("If-Match", equalTo("\"3\""))
                .withRequestBody(equalToJson("{\"wordingVersion\":\"v1\",\"photoConsent\":false}")));
    }

    @Test
    void a_draft_with_consent_is_published_with_the_version_read_and_a_stale_one_is_said() {
        standIn("DRAFT", CONSENT);
        api.stubFor(post(urlEqualTo(TESTIMONIAL + "/publication")).willReturn(okJson(testimonial("PUBLISHED", CONSENT))));

        organiser.request().get(PAGE).then().statusCode(200)
                .body(containsString("Enregistré par organisateur-48 le 1er mai 2026 à 12h00, formulaire temoignage-2026-01 ; photo acceptée"));
        organiser.form(PAGE).formParam("etag", "\"3\"").post(PAGE + "/publication").then().statusCode(303)
                .header("Location", endsWith(PAGE + "?fait=PUBLISHED"));
        api.verify(postRequestedFor(urlEqualTo(TESTIMONIAL + "/publication")).withHeader("If-Match", equalTo("\"3\"")));

        api.stubFor(post(urlEqualTo(TESTIMONIAL + "/publication")).willReturn(problem(412)));
        organiser.form(PAGE).formParam("etag", "\"2\"").post(PAGE + "/publication").then().statusCode(409)
                .body(containsString("Le témoignage a changé entre-temps"));
    }

    @Test
    void a_published_testimonial_is_withdrawn_and_another_organisations_cannot_be() {
        standIn("PUBLISHED", CONSENT);
        api.stubFor(post(urlEqualTo(TESTIMONIAL + "/withdrawal")).willReturn(okJson(testimonial("WITHDRAWN", ""))));

        organiser.request().get(PAGE + "?fait=PUBLISHED").then().statusCode(200)
                .body(containsString("Le témoignage est publié"))
                .body(containsString("<a href=\"/temoignages/" + ID + "\">Voir la page publique</a>"));
        organiser.form(PAGE).formParam("etag", "\"3\"").post(PAGE + "/retrait").then().statusCode(303)
                .header("Location", endsWith(PAGE + "?fait=WITHDRAWN"));

        api.stubFor(post(urlEqualTo(TESTIMONIAL + "/withdrawal")).willReturn(problem(403)));
        organiser.form(PAGE).formParam("etag", "\"3\"").post(PAGE + "/retrait").then().statusCode(403)
                .body(containsString("celui d&#39;une autre organisation"));
    }

    @Test
    void a_testimonial_the_api_does_not_show_this_organiser_is_a_page_not_found() {
        api.stubFor(get(urlEqualTo(TESTIMONIAL)).willReturn(problem(404)));

        organiser.request().get(PAGE).then().statusCode(404).body(containsString("Page introuvable"));
    }

    @Test
    void a_withdrawn_testimonial_says_what_was_erased_and_offers_nothing_more() {
        standIn("WITHDRAWN", ",\"title\":null,\"story\":null,\"author\":null,\"withdrawnAt\":\"2026-07-01T08:00:00Z\"");

        organiser.request().get(PAGE).then().statusCode(200)
                .body(containsString("<h1>Témoignage retiré</h1>"))
                .body(containsString("retiré le 1er juillet 2026 à 10h00"))
                .body(not(containsString("<form method=\"post\" action=\"" + PAGE)));
    }
}
