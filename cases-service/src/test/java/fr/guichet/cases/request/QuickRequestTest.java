package fr.guichet.cases.request;

import static fr.guichet.cases.Cases.problem;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import fr.guichet.cases.Actors;
import fr.guichet.cases.Partners;
import fr.guichet.testsupport.MovableClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;

/**
 * A correspondant's requests: logged and closed in one call, seen in their departments only, taken and settled later
 * with the version they read. Hautes-Alpes (05) and Ardèche (07) are this class's own departments.
 */
@QuarkusTest
class QuickRequestTest {

    @Inject
    MovableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static RequestSpecification alpes() {
        return Actors.correspondant("correspondant-alpes", "05");
    }

    private static RequestSpecification ardeche() {
        return Actors.correspondant("correspondant-ardeche", "07");
    }

    @Test
    void a_phone_request_is_logged_and_closed_in_one_call_with_its_time_to_answer() {
        clock.set(Instant.parse("2026-11-30T09:10:00Z"));
        Map<String, Object> call = Requests.with(Requests.with(Requests.phoneCall("05", "Quelles aides pour un interne ?"),
                "answer", "Le CESP, puis le CAIM en zone d'intervention prioritaire."), "receivedAt", "2026-11-30T09:00:00Z");

        alpes().body(Requests.with(call, "status", "ANSWERED")).post("/requests").then().statusCode(201)
                .header("Location", containsString("/requests/")).header("ETag", notNullValue())
                .body("status", equalTo("ANSWERED"))
                .body("channel", equalTo("PHONE"))
                .body("requester.careerStage", equalTo("INTERN"))
                .body("assignee", equalTo("correspondant-alpes"))
                .body("receivedAt", equalTo("2026-11-30T09:00:00Z"))
                .body("answeredAt", equalTo("2026-11-30T09:10:00Z"))
                .body("secondsToAnswer", equalTo(600));
    }

    @Test
    void an_anonymous_caller_oriented_to_a_partner_is_one_call_too() {
        Partners.register("CPAM-05", "CPAM", "05");
        Map<String, Object> call = Requests.with(Requests.phoneCall("05", "Qui m'immatricule ?"), "requester", null);

        alpes().body(Requests.with(Requests.with(call, "status", "ORIENTED"), "orientedTo", "CPAM-05"))
                .post("/requests").then().statusCode(201)
                .body("status", equalTo("ORIENTED")).body("orientedTo", equalTo("CPAM-05"))
                .body("requester.lastName", nullValue()).body("answeredAt", notNullValue());
    }

    @Test
    void an_outcome_needs_what_it_says() {
        alpes().body(Requests.with(Requests.phoneCall("05", "?"), "status", "ANSWERED")).post("/requests")
                .then().spec(problem(400)).body("errors[0].field", equalTo("answer"));
        alpes().body(Requests.with(Requests.with(Requests.phoneCall("05", "?"), "status", "ORIENTED"), "orientedTo", "NOBODY"))
                .post("/requests").then().spec(problem(400)).body("errors[0].field", equalTo("orientedTo"));
        alpes().body(Requests.with(Requests.phoneCall("05", "?"), "status", "CASE_OPENED")).post("/requests")
                .then().spec(problem(400)).body("errors[0].field", equalTo("status"));
        alpes().body(Requests.with(Requests.phoneCall("05", "?"), "receivedAt", "2999-01-01T00:00:00Z")).post("/requests")
                .then().spec(problem(400)).body("errors[0].field", equalTo("receivedAt"));
    }

    @Test
    void the_department_is_the_communes_and_must_be_one_the_correspondant_covers() {
        Map<String, Object> fromGap = Requests.with(Requests.with(Requests.phoneCall(null, "Zonage de Gap ?"), "commune", "05061"),
                "subject", "ZONING");
        alpes().body(fromGap).post("/requests").then().statusCode(201).body("department", equalTo("05"));

        alpes().body(Requests.with(fromGap, "department", "07")).post("/requests").then().spec(problem(400));
        alpes().body(Requests.phoneCall("07", "Ailleurs")).post("/requests").then().spec(problem(403));
    }

    @Test
    void another_departments_request_is_404_and_absent_from_the_list() {
        String ardechois = Requests.log(ardeche(), Requests.phoneCall("07", "Une question ardéchoise"));

        alpes().get("/requests/" + ardechois).then().spec(problem(404));
        alpes().get("/requests?limit=100").then().statusCode(200).body("items.id", not(hasItem(ardechois)))
                .body("items.department", everyItem(equalTo("05")));
        ardeche().get("/requests/" + ardechois).then().statusCode(200).body("question", equalTo("Une question ardéchoise"));
        Actors.claire().get("/requests/" + ardechois).then().spec(problem(403));
    }

    @Test
    void a_request_is_taken_then_answered_later_with_the_version_read() {
        String id = Requests.log(alpes(), Requests.phoneCall("05", "Un local disponible à Briançon ?"));
        String etag = Requests.etag(alpes(), id);

        String taken = alpes().header("If-Match", etag).body(Map.of("assignee", "correspondant-alpes-2"))
                .patch("/requests/" + id).then().statusCode(200).body("assignee", equalTo("correspondant-alpes-2"))
                .body("status", equalTo("OPEN")).extract().header("ETag");

        alpes().header("If-Match", etag).body(Map.of("status", "ANSWERED", "answer", "Oui, la maison de santé."))
                .patch("/requests/" + id).then().spec(problem(412));
        alpes().body(Map.of("status", "CLOSED")).patch("/requests/" + id).then().spec(problem(428));
        alpes().header("If-Match", taken).body(Map.of()).patch("/requests/" + id).then().spec(problem(400));
        alpes().header("If-Match", taken).body(Map.of("answer", "Oui, la maison de santé.", "status", "ANSWERED"))
                .patch("/requests/" + id).then().statusCode(200)
                .body("status", equalTo("ANSWERED")).body("answeredAt", notNullValue());
    }

    @Test
    void the_list_filters_and_pages_newest_first() {
        clock.set(Instant.parse("2026-06-01T08:00:00Z"));
        String first = Requests.log(alpes(), Requests.with(Requests.phoneCall("05", "Premier"), "channel", "WALK_IN"));
        clock.advance(Duration.ofMinutes(1));
        String second = Requests.log(alpes(), Requests.with(Requests.phoneCall("05", "Deuxième"), "channel", "WALK_IN"));

        String cursor = alpes().queryParam("channel", "WALK_IN").queryParam("receivedFrom", "2026-06-01")
                .queryParam("receivedTo", "2026-06-01").queryParam("limit", 1).get("/requests")
                .then().statusCode(200).body("items.id", equalTo(java.util.List.of(second)))
                .extract().path("nextCursor");
        alpes().queryParam("channel", "WALK_IN").queryParam("receivedFrom", "2026-06-01").queryParam("receivedTo", "2026-06-01")
                .queryParam("limit", 1).queryParam("cursor", cursor).get("/requests")
                .then().statusCode(200).body("items.id", equalTo(java.util.List.of(first))).body("nextCursor", nullValue());
        alpes().queryParam("status", "LOST").get("/requests").then().spec(problem(400));
    }

    @Test
    void french_full_text_finds_installation_when_asked_installer() {
        String id = Requests.log(alpes(), Requests.phoneCall("05", "Quelles démarches pour l'installation en libéral ?"));
        Requests.log(alpes(), Requests.phoneCall("05", "Où trouver un stage de médecine générale ?"));

        alpes().queryParam("q", "installer").get("/requests?limit=100").then().statusCode(200)
                .body("items.id", hasItem(id))
                .body("items.question", everyItem(org.hamcrest.Matchers.containsStringIgnoringCase("install")));
        alpes().queryParam("q", "\"démarches pour\" -libéral").get("/requests?limit=100").then().statusCode(200)
                .body("items.id", not(hasItem(id)));
    }
}
