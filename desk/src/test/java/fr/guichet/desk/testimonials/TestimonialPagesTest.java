package fr.guichet.desk.testimonials;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static fr.guichet.desk.support.FakeApi.api;
import static fr.guichet.desk.support.FakeApi.problem;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.client.WireMock;

import fr.guichet.desk.support.Browser;
import fr.guichet.desk.support.FakeApi;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/** The public testimonials pages over the welcome API: the list, a testimonial with its aids, the person's withdrawal. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(FakeApi.class)
class TestimonialPagesTest {

    static final String ID = "7c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f";
    static final String TESTIMONIAL = "/api/testimonials/" + ID;
    static final String PAGE = "/temoignages/" + ID;

    Browser visitor;

    @BeforeEach
    void visit() {
        api.resetAll();
        visitor = Browser.visitor();
    }

    /** A testimonial as the API answers it; {@code more} adds or replaces members (the last one given wins). */
    static String testimonial(String status, String more) {
        return """
                {"id":"%s","version":3,"status":"%s","title":"S'installer à Mende <i>après</i> l'internat",
                 "story":"J'ai fait mon stage à Mende.\\nJe suis restée.","author":"Claire, médecin généraliste",
                 "videoUrl":"https://video.example.fr/claire","photoRef":"https://media.example.fr/claire.jpg",
                 "department":"48","communeInsee":"48095","practiceMode":"LIBERAL","settledYear":2024,
                 "aidCodes":["CESP","OCCITANIE_MONTAGNE"],"organisation":"CD-48","publishedAt":"2026-06-01T10:00:00Z"%s}"""
                .formatted(ID, status, more);
    }

    @Test
    void the_list_shows_the_published_testimonials_with_the_filters_passed_on_and_the_next_page() {
        api.stubFor(get(urlPathEqualTo("/api/testimonials")).willReturn(okJson(
                "{\"items\":[" + testimonial("PUBLISHED", "") + "],\"nextCursor\":\"n+1\"}")));

        visitor.request().get("/temoignages?departement=48&aide=CESP").then().statusCode(200)
                .body(containsString("<h1>Témoignages</h1>"))
                .body(containsString("<a href=\"" + PAGE + "\">S&#39;installer à Mende &lt;i&gt;après&lt;/i&gt; l&#39;internat</a>"))
                .body(containsString("Claire, médecin généraliste — installation en 2024, département 48, exercice Libéral."))
                .body(containsString("Aides : CESP, OCCITANIE_MONTAGNE."))
                .body(containsString("href=\"/temoignages?suite=n%2B1&amp;departement=48&amp;aide=CESP\""))
                .body(containsString("href=\"/temoignages\" aria-current=\"page\">Témoignages</a>"));
        api.verify(getRequestedFor(urlPathEqualTo("/api/testimonials")).withQueryParam("department", equalTo("48"))
                .withQueryParam("aid", equalTo("CESP")));
    }

    @Test
    void a_filter_the_api_refuses_is_said_in_french_and_kept() {
        api.stubFor(get(urlPathEqualTo("/api/testimonials")).willReturn(problem(400)));

        visitor.request().get("/temoignages?aide=cesp").then().statusCode(400)
                .body(containsString("Ce filtre n&#39;est pas valable"))
                .body(containsString("value=\"cesp\""));
    }

    @Test
    void a_testimonial_tells_where_and_how_with_its_video_as_a_link_and_each_aid_linking_its_catalogue_page() {
        api.stubFor(get(urlEqualTo(TESTIMONIAL)).willReturn(okJson(testimonial("PUBLISHED", ""))));

        visitor.request().get(PAGE).then().statusCode(200)
                .body(containsString("<h1>S&#39;installer à Mende &lt;i&gt;après&lt;/i&gt; l&#39;internat</h1>"))
                .body(containsString("En 2024, commune 48095 (département 48)"))
                .body(containsString("<dd>Libéral</dd>"))
                .body(containsString("J&#39;ai fait mon stage à Mende.\nJe suis restée."))
                .body(containsString("href=\"https://video.example.fr/claire\""))
                .body(not(containsString("<iframe")))
                .body(containsString("<img class=\"fr-responsive-img\" src=\"https://media.example.fr/claire.jpg\" alt=\"Photo de Claire, médecin généraliste\">"))
                .body(containsString("<a href=\"/aides/CESP\">Aide CESP</a>"))
                .body(containsString("<a href=\"/aides/OCCITANIE_MONTAGNE\">Aide OCCITANIE_MONTAGNE</a>"));
    }

    @Test
    void no_photo_is_shown_when_the_api_gives_none_and_a_video_not_in_https_is_no_link() {
        api.stubFor(get(urlEqualTo(TESTIMONIAL)).willReturn(okJson(testimonial("PUBLISHED",
                ",\"photoRef\":null,\"videoUrl\":\"http://video.example.fr/claire\""))));

        visitor.request().get(PAGE).then().statusCode(200)
                .body(not(containsString("<img")))
                .body(not(containsString("video.example.fr")));
    }

    @Test
    void an_organiser_on_the_public_page_sees_no_photo_the_person_refused() {
        api.stubFor(get(urlEqualTo(TESTIMONIAL)).willReturn(okJson(testimonial("PUBLISHED", ",\"consent\":{\"recordedBy\":"
                + "\"organisateur-48\",\"recordedAt\":\"2026-05-01T10:00:00Z\",\"wordingVersion\":\"v1\",\"photoConsent\":false}"))));

        Browser.loggedIn("organisateur-48", "organiser").request().get(PAGE).then().statusCode(200)
                .body(containsString("Claire, médecin généraliste"))
                .body(not(containsString("media.example.fr")));
    }

    @Test
    void a_withdrawn_or_unknown_testimonial_is_a_page_not_found() {
        api.stubFor(get(urlEqualTo(TESTIMONIAL)).willReturn(problem(404)));
        visitor.request().get(PAGE).then().statusCode(404).body(containsString("Page introuvable"));

        // its organisers read it through the API, still withdrawn: the public page does not show it to them either
        api.stubFor(get(urlEqualTo(TESTIMONIAL)).willReturn(okJson(testimonial("WITHDRAWN",
                ",\"title\":null,\"story\":null,\"author\":null"))));
        Browser.loggedIn("organisateur-48", "organiser").request().get(PAGE).then().statusCode(404)
                .body(containsString("Page introuvable"));
        api.stubFor(get(urlEqualTo(TESTIMONIAL)).willReturn(okJson(testimonial("DRAFT", ""))));
        visitor.request().get(PAGE).then().statusCode(404);
    }

    @Test
    void the_persons_link_asks_before_withdrawing_then_withdraws_with_its_token() {
        api.stubFor(post(urlEqualTo("/api/testimonials/withdrawals")).willReturn(WireMock.noContent()));
        String ask = "/temoignages/retrait?jeton=tok-1";

        visitor.request().get(ask).then().statusCode(200)
                .body(containsString("name=\"jeton\" value=\"tok-1\""));
        api.verify(0, postRequestedFor(urlEqualTo("/api/testimonials/withdrawals")));

        visitor.form(ask).formParam("jeton", "tok-1").post("/temoignages/retrait").then().statusCode(200)
                .body(containsString("Votre témoignage est retiré"));
        api.verify(postRequestedFor(urlEqualTo("/api/testimonials/withdrawals"))
                .withRequestBody(equalToJson("{\"token\":\"tok-1\"}")));
    }

    @Test
    void a_link_that_opens_no_testimonial_is_said() {
        api.stubFor(post(urlEqualTo("/api/testimonials/withdrawals")).willReturn(problem(404)));

        visitor.form("/temoignages/retrait?jeton=old").formParam("jeton", "old").post("/temoignages/retrait").then()
                .statusCode(404).body(containsString("Ce lien n&#39;ouvre aucun témoignage"));
    }

    @Test
    void the_home_page_leads_to_the_testimonials() {
        visitor.request().get("/").then().statusCode(200).body(containsString("<a href=\"/temoignages\">les témoignages</a>"));
    }
}
