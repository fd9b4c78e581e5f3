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
                  "registrantStatus":"INTERN","faculty":"Tours","year":2,"present":true,"registeredAt":"2027-02-01T10:00:00Z",
                  "survey":{"settlingIntention":"MAYBE","contactConsent":true}},
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

    @Test
    void a_new_event_is_sent_in_french_time_and_leads_to_its_draft() {
        standInEvent("DRAFT");
        api.stubFor(post(urlEqualTo("/api/events")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody(event("DRAFT"))));

        organiser.form("/organisation/evenements/nouveau").formParam("kind", "WELCOME_EVENING")
                .formParam("title", "Soirée des internes").formParam("start", "2027-03-12T18:30").formParam("end", "2027-03-12T22:00")
                .formParam("department", "41").formParam("commune", "41018").formParam("address", "Blois")
                .formParam("internSpecialties", "GENERAL_PRACTICE").formParam("studentYears", "6").formParam("capacity", "40")
                .formParam("partners", "CPAM de Loir-et-Cher\n\nOrdre des médecins ")
                .post("/organisation/evenements").then().statusCode(303)
                .header("Location", endsWith(PAGE + "?fait=CREATED"));

        api.verify(postRequestedFor(urlEqualTo("/api/events")).withRequestBody(equalToJson("""
                {"kind":"WELCOME_EVENING","title":"Soirée des internes","startsAt":"2027-03-12T17:30:00Z",
                 "endsAt":"2027-03-12T21:00:00Z","department":"41","place":{"communeInsee":"41018","address":"Blois"},
                 "audience":{"studentYears":[6],"internSpecialties":["GENERAL_PRACTICE"],"replacements":false},
                 "capacity":40,"partners":["CPAM de Loir-et-Cher","Ordre des médecins"]}""")));
    }

    @Test
    void a_refused_event_comes_back_with_the_reasons_on_its_fields_and_the_choices_kept() {
        api.stubFor(post(urlEqualTo("/api/events")).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/problem+json").withBody("""
                        {"title":"Bad Request","status":400,"errors":[{"field":"audience","message":"must name someone"},
                         {"field":"place.communeInsee","message":"must be in the department"}]}""")));

        organiser.form("/organisation/evenements/nouveau").formParam("kind", "FORUM").formParam("title", "Forum")
                .formParam("start", "2027-03-12T18:30").formParam("end", "2027-03-12T22:00").formParam("department", "41")
                .formParam("commune", "47001").formParam("capacity", "40").formParam("replacements", "oui")
                .post("/organisation/evenements").then().statusCode(400)
                .body(containsString("Le formulaire contient 2 erreurs"))
                .body(containsString("Choisissez au moins un public"))
                .body(containsString("dans le département de l&#39;événement"))
                .body(containsString("id=\"replacements\" name=\"replacements\" value=\"oui\" checked"))
                .body(containsString("value=\"47001\""));
    }

    @Test
    void a_start_that_is_not_a_date_is_said_without_asking_the_api() {
        organiser.form("/organisation/evenements/nouveau").formParam("start", "demain").formParam("capacity", "beaucoup")
                .post("/organisation/evenements").then().statusCode(400)
                .body(containsString("Indiquez la date et l&#39;heure"))
                .body(containsString("Indiquez le nombre de places en chiffres"));

        api.verify(0, postRequestedFor(urlEqualTo("/api/events")));
    }

    static final String FORWARD = PAGE + "/inscrits/" + CONFIRMED + "/transmission";
    static final String QUICK_REQUEST = EVENT + "/registrations/" + CONFIRMED + "/quick-request";

    @Test
    void a_registrant_who_wants_to_settle_and_may_be_contacted_has_the_button_the_others_have_not() {
        standInEvent("PUBLISHED");

        organiser.request().get(PAGE).then().statusCode(200)
                .body(containsString("S'installer : Peut-être, accepte d'être contacté(e)"))
                .body(containsString("form=\"transmission-" + CONFIRMED + "\""))
                .body(containsString("<form method=\"post\" action=\"" + FORWARD + "\" id=\"transmission-" + CONFIRMED + "\">"))
                .body(containsString("Transmettre au correspondant<span class=\"fr-sr-only\"> : Léa Fontaine</span>"))
                .body(not(containsString("transmission-" + WAITING)));
    }

    @Test
    void no_button_for_a_registrant_who_says_no_refuses_contact_or_was_already_forwarded() {
        for (String survey : new String[] {"\"survey\":{\"settlingIntention\":\"NO\",\"contactConsent\":true}",
                "\"survey\":{\"settlingIntention\":\"YES\",\"contactConsent\":false}",
                "\"survey\":{\"settlingIntention\":\"YES\",\"contactConsent\":true},\"quickRequestId\":\"" + WAITING + "\""}) {
            api.stubFor(get(urlPathEqualTo(EVENT + "/registrations")).willReturn(okJson("""
                    {"items":[{"id":"%s","status":"CONFIRMED","firstName":"Léa","lastName":"Fontaine","email":"lea@example.org",
                      "registrantStatus":"INTERN","present":true,"registeredAt":"2027-02-01T10:00:00Z",%s}]}"""
                    .formatted(CONFIRMED, survey))));
            api.stubFor(get(urlEqualTo(EVENT)).willReturn(okJson(event("PUBLISHED")).withHeader("ETag", "\"4\"")));

            organiser.request().get(PAGE).then().statusCode(200).body(not(containsString("transmission-" + CONFIRMED)));
        }
        organiser.request().get(PAGE).then().body(containsString("<strong>Transmis au correspondant</strong> (sollicitation " + WAITING + ")"));
    }

    @Test
    void the_button_asks_welcome_service_for_the_quick_request_and_the_page_says_it_is_done() {
        standInEvent("PUBLISHED");
        api.stubFor(post(urlEqualTo(QUICK_REQUEST)).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody("""
                        {"registrationId":"%s","quickRequestId":"%s","linkedBy":"organisateur-41","linkedAt":"2027-03-20T10:00:00Z"}"""
                        .formatted(CONFIRMED, WAITING))));

        organiser.form(PAGE).post(FORWARD).then().statusCode(303).header("Location", endsWith(PAGE + "?fait=FORWARDED"));

        api.verify(postRequestedFor(urlEqualTo(QUICK_REQUEST)));
        organiser.request().get(PAGE + "?fait=FORWARDED").then().statusCode(200)
                .body(containsString("La personne est transmise au correspondant"));
    }

    @Test
    void a_registrant_already_forwarded_or_not_wanting_to_settle_is_said() {
        standInEvent("PUBLISHED");
        api.stubFor(post(urlEqualTo(QUICK_REQUEST)).willReturn(aResponse().withStatus(409)
                .withHeader("Content-Type", "application/problem+json").withBody("{\"title\":\"Conflict\",\"status\":409}")));
        organiser.form(PAGE).post(FORWARD).then().statusCode(409)
                .body(containsString("Cette personne est déjà transmise au correspondant"));

        api.stubFor(post(urlEqualTo(QUICK_REQUEST)).willReturn(aResponse().withStatus(422)
                .withHeader("Content-Type", "application/problem+json").withBody("{\"title\":\"Unprocessable\",\"status\":422}")));
        organiser.form(PAGE).post(FORWARD).then().statusCode(409)
                .body(containsString("n&#39;a pas répondu qu&#39;elle souhaite s&#39;installer"));

        api.stubFor(post(urlEqualTo(QUICK_REQUEST)).willReturn(aResponse().withStatus(403)
                .withHeader("Content-Type", "application/problem+json").withBody("{\"title\":\"Forbidden\",\"status\":403}")));
        organiser.form(PAGE).post(FORWARD).then().statusCode(403).body(containsString("La transmission est refusée"));
    }
}
