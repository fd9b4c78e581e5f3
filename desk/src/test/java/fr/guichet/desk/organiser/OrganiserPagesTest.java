package fr.guichet.desk.organiser;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static fr.guichet.desk.support.FakeApi.api;
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

/** The organiser's pages: their events, an event's registrants, the attendance list, publication and cancellation. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(FakeApi.class)
class OrganiserPagesTest {

    static final String ID = "5b2c1d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d";
    static final String EVENT = "/api/events/" + ID;
    static final String PAGE = "/organisation/evenements/" + ID;
    static final String CONFIRMED = "aaaaaaaa-0000-0000-0000-000000000001";
    static final String WAITING = "aaaaaaaa-0000-0000-0000-000000000002";

    Browser organiser;

    @BeforeEach
    void logIn() {
        api.resetAll();
        organiser = Browser.loggedIn("organisateur-41", "organiser");
    }

    static String event(String status) {
        return """
                {"id":"%s","version":4,"status":"%s","kind":"WELCOME_EVENING","title":"Soirée des internes",
                 "startsAt":"2027-03-12T17:30:00Z","endsAt":"2027-03-12T21:00:00Z","department":"41",
                 "place":{"communeInsee":"41018","address":"Blois"},"audience":{"studentYears":[],"internSpecialties":["GENERAL_PRACTICE"],
                 "replacements":false},"capacity":1,"placesLeft":0,"partners":[],"organisation":"CD-41"}""".formatted(ID, status);
    }

    void standInEvent(String status) {
        api.stubFor(get(urlEqualTo(EVENT)).willReturn(okJson(event(status)).withHeader("ETag", "\"4\"")));
        api.stubFor(get(urlPathEqualTo(EVENT + "/registrations")).willReturn(okJson("""
                {"items":[{"id":"%s","status":"CONFIRMED","firstName":"Léa","lastName":"Fontaine","email":"lea@example.org",
                  "registrantStatus":"INTERN","faculty":"Tours","year":2,"present":true,"registeredAt":"2027-02-01T10:00:00Z"},
                 {"id":"%s","status":"WAITING","waitingPosition":1,"firstName":"Hugo","lastName":"Petit","email":"hugo@example.org",
                  "registrantStatus":"STUDENT","present":false,"registeredAt":"2027-02-02T10:00:00Z"}],"nextCursor":null}"""
                .formatted(CONFIRMED, WAITING))));
    }

    @Test
    void the_organiser_starts_on_their_events_and_a_visitor_is_sent_to_log_in() {
        api.stubFor(get(urlPathEqualTo("/api/events/managed")).willReturn(okJson("{\"items\":[" + event("DRAFT") + "]}")));

        organiser.request().get("/connexion").then().statusCode(303).header("Location", endsWith("/organisation"));
        organiser.request().get("/organisation").then().statusCode(200)
                .body(containsString("<a href=\"" + PAGE + "\">Soirée des internes</a>"))
                .body(containsString("<td>Brouillon</td>"))
                .body(containsString("<td>1 sur 1</td>"))
                .body(containsString(">Mes événements</a>"));
        Browser.visitor().request().get("/organisation").then().statusCode(302);
        Browser.loggedIn("marie", "correspondant").request().get("/organisation").then().statusCode(403);
    }

    @Test
    void the_event_page_lists_the_registrants_with_their_contact_and_ticks_the_confirmed_ones_only() {
        standInEvent("PUBLISHED");

        organiser.request().get(PAGE).then().statusCode(200)
                .body(containsString("lea@example.org"))
                .body(containsString("Liste d&#39;attente (1)"))
                .body(containsString("id=\"present-" + CONFIRMED + "\" name=\"present\" value=\"" + CONFIRMED + "\" checked"))
                .body(not(containsString("id=\"present-" + WAITING + "\"")))
                .body(containsString(">Annuler l'événement"));
    }

    @Test
    void the_attendance_ticked_replaces_the_list_and_the_page_says_so() {
        standInEvent("PUBLISHED");
        api.stubFor(put(urlEqualTo(EVENT + "/attendance")).willReturn(okJson("{\"eventId\":\"" + ID + "\",\"present\":[]}")));

        organiser.form(PAGE).post(PAGE + "/presence").then().statusCode(303)
                .header("Location", endsWith(PAGE + "?fait=ATTENDANCE"));
        organiser.form(PAGE).formParam("present", CONFIRMED).post(PAGE + "/presence").then().statusCode(303);

        api.verify(putRequestedFor(urlEqualTo(EVENT + "/attendance")).withRequestBody(equalToJson("{\"present\":[]}")));
        api.verify(putRequestedFor(urlEqualTo(EVENT + "/attendance"))
                .withRequestBody(equalToJson("{\"present\":[\"" + CONFIRMED + "\"]}")));
        organiser.request().get(PAGE + "?fait=ATTENDANCE").then().statusCode(200)
                .body(containsString("La liste des présents est enregistrée."));
    }

    @Test
    void a_draft_is_published_with_the_version_read_and_a_stale_one_is_said() {
        standInEvent("DRAFT");
        api.stubFor(post(urlEqualTo(EVENT + "/publication")).willReturn(okJson(event("PUBLISHED"))));

        organiser.form(PAGE).formParam("etag", "\"4\"").post(PAGE + "/publication").then().statusCode(303)
                .header("Location", endsWith("?fait=PUBLISHED"));
        api.verify(postRequestedFor(urlEqualTo(EVENT + "/publication")).withHeader("If-Match", equalTo("\"4\"")));

        api.stubFor(post(urlEqualTo(EVENT + "/publication")).willReturn(aResponse().withStatus(412)
                .withHeader("Content-Type", "application/problem+json").withBody("{\"title\":\"Precondition Failed\",\"status\":412}")));
        organiser.form(PAGE).formParam("etag", "\"3\"").post(PAGE + "/publication").then().statusCode(409)
                .body(containsString("L&#39;événement a changé entre-temps"));
    }

    @Test
    void another_organisations_event_cannot_be_changed() {
        standInEvent("PUBLISHED");
        api.stubFor(post(urlEqualTo(EVENT + "/cancellation")).willReturn(aResponse().withStatus(403)
                .withHeader("Content-Type", "application/problem+json").withBody("{\"title\":\"Forbidden\",\"status\":403}")));

        organiser.form(PAGE).formParam("etag", "\"4\"").post(PAGE + "/annulation").then().statusCode(403)
                .body(containsString("celui d&#39;une autre organisation"));
    }
}
