package fr.guichet.welcome.event;

import static fr.guichet.welcome.Events.problem;
import static fr.guichet.welcome.Events.with;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import fr.guichet.welcome.Actors;
import fr.guichet.welcome.Events;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class EventTest {

    private static Map<String, Object> day() {
        return Events.welcomeDay41(Instant.now(), 30, 40);
    }

    @Test
    void an_event_is_created_as_a_draft_of_the_organisers_organisation() {
        Actors.organiser41().body(day()).post("/events").then().statusCode(201)
                .header("Location", notNullValue()).header("ETag", "\"0\"")
                .body("status", equalTo("DRAFT")).body("organisation", equalTo("CD-41"))
                .body("place.communeInsee", equalTo("41018")).body("audience.internSpecialties", equalTo(List.of("GENERAL_PRACTICE")))
                .body("audience.replacements", equalTo(true)).body("placesLeft", equalTo(40))
                .body("partners", hasItem("ARS Centre-Val de Loire")).body("publishedAt", nullValue());
    }

    @Test
    void an_online_session_takes_an_https_link_and_no_place() {
        Map<String, Object> online = with(with(day(), "kind", "ONLINE_SESSION"), "place", null);

        Actors.organiser41().body(with(online, "onlineUrl", "https://visio.example.fr/accueil-41")).post("/events")
                .then().statusCode(201).body("onlineUrl", equalTo("https://visio.example.fr/accueil-41")).body("place", nullValue());
        Actors.organiser41().body(with(online, "onlineUrl", "http://visio.example.fr/accueil-41")).post("/events")
                .then().spec(problem(400)).body("errors[0].field", equalTo("onlineUrl"));
        Actors.organiser41().body(online).post("/events").then().spec(problem(400)).body("errors[0].field", equalTo("onlineUrl"));
        Actors.organiser41().body(with(day(), "place", null)).post("/events").then().spec(problem(400))
                .body("errors[0].field", equalTo("place"));
    }

    @Test
    void a_description_that_does_not_hold_together_is_refused_and_nothing_is_written() {
        Map<String, Object> day = day();
        Actors.organiser41().body(with(day, "endsAt", day.get("startsAt"))).post("/events").then().spec(problem(400))
                .body("errors[0].field", equalTo("endsAt"));
        Actors.organiser41().body(with(day, "place", Map.of("communeInsee", "47157", "address", "Marmande"))).post("/events")
                .then().spec(problem(400)).body("errors[0].field", equalTo("place.communeInsee"));
        Actors.organiser41().body(with(day, "audience", Map.of("replacements", false))).post("/events").then().spec(problem(400))
                .body("errors[0].field", equalTo("audience"));
        Actors.organiser41().body(with(day, "capacity", 0)).post("/events").then().spec(problem(400))
                .body("errors[0].field", equalTo("capacity"));
        Actors.organiser41().body(with(day, "startsAt", "2020-01-01T08:00:00Z")).post("/events").then().spec(problem(400));
        Actors.organiser41().body(with(with(day, "startsAt", "+99999-01-01T08:00:00Z"), "endsAt", "+99999-01-01T10:00:00Z"))
                .post("/events").then().spec(problem(400));
        Actors.organiser41().body(with(day, "startsAt", "demain")).post("/events").then().spec(problem(400))
                .body("errors[0].field", equalTo("startsAt"));
        Actors.organiser41().body(with(day, "kind", "PICNIC")).post("/events").then().spec(problem(400));
        Actors.organiser41().body(with(day, "colour", "blue")).post("/events").then().spec(problem(400))
                .body("errors[0].field", equalTo("colour"));
    }

    @Test
    void a_change_needs_the_current_etag() {
        String id = Events.create(Actors.organiser41(), day());
        Map<String, Object> renamed = with(day(), "title", "Journée d'accueil 2027");

        Actors.organiser41().body(renamed).put("/events/" + id).then().spec(problem(428));
        Actors.organiser41().header("If-Match", "\"0\"").body(renamed).put("/events/" + id).then().statusCode(200)
                .header("ETag", "\"1\"").body("title", equalTo("Journée d'accueil 2027"));
        Actors.organiser41().header("If-Match", "\"0\"").body(day()).put("/events/" + id).then().spec(problem(412));
    }

    @Test
    void a_draft_is_public_only_once_published() {
        String id = Events.create(Actors.organiser41(), day());
        Actors.anonymous().queryParam("department", "41").queryParam("limit", "100").get("/events").then().statusCode(200)
                .body("items.id", not(hasItem(id)));

        Actors.organiser41().header("If-Match", "\"0\"").post("/events/" + id + "/publication").then().statusCode(200)
                .body("status", equalTo("PUBLISHED")).body("publishedAt", notNullValue());

        Actors.anonymous().queryParam("department", "41").queryParam("limit", "100").get("/events").then().statusCode(200)
                .body("items.id", hasItem(id));
        Actors.anonymous().get("/events/" + id).then().statusCode(200).body("placesLeft", equalTo(40));
        Actors.organiser41().header("If-Match", "\"1\"").post("/events/" + id + "/publication").then().spec(problem(409));
    }

    @Test
    void the_public_list_filters_by_department_kind_and_date_and_pages() {
        String evening = Events.published(Actors.cpts47(), Actors.cpts47(), Events.welcomeEvening47(Instant.now(), 60, 20));
        String day = Events.published(Actors.organiser41(), Actors.organiser41(), Events.welcomeDay41(Instant.now(), 61, 20));

        Actors.anonymous().queryParam("department", "47").queryParam("kind", "WELCOME_EVENING").queryParam("limit", "100")
                .get("/events").then().statusCode(200).body("items.id", hasItem(evening)).body("items.id", not(hasItem(day)))
                .body("items.department", not(hasItem("41")));
        Actors.anonymous().queryParam("from", Instant.now().plus(java.time.Duration.ofDays(90)).toString().substring(0, 10))
                .get("/events").then().statusCode(200).body("items.id", not(hasItem(day)));
        String next = Actors.anonymous().queryParam("limit", "1").get("/events").then().statusCode(200)
                .body("items.size()", equalTo(1)).extract().path("nextCursor");
        Actors.anonymous().queryParam("limit", "1").queryParam("cursor", next).get("/events").then().statusCode(200)
                .body("items.size()", equalTo(1));
    }

    @Test
    void bad_filters_are_client_mistakes() {
        Actors.anonymous().queryParam("department", "999").get("/events").then().spec(problem(400));
        Actors.anonymous().queryParam("kind", "PICNIC").get("/events").then().spec(problem(400));
        Actors.anonymous().queryParam("from", "demain").get("/events").then().spec(problem(400));
        Actors.anonymous().queryParam("cursor", "nope").get("/events").then().spec(problem(400));
        Actors.anonymous().queryParam("limit", "1000").get("/events").then().spec(problem(400));
        Actors.anonymous().get("/events/not-a-uuid").then().spec(problem(400));
    }

    @Test
    void a_cancelled_event_stays_readable_and_changes_no_more() {
        String id = Events.published(Actors.organiser41(), Actors.organiser41(), day());

        Actors.organiser41().header("If-Match", "\"1\"").post("/events/" + id + "/cancellation").then().statusCode(200)
                .body("status", equalTo("CANCELLED"));

        Actors.anonymous().get("/events/" + id).then().statusCode(200).body("status", equalTo("CANCELLED"));
        Actors.organiser41().header("If-Match", "\"2\"").body(day()).put("/events/" + id).then().spec(problem(409));
        Actors.anonymous().body(Events.registrant("Léa", "lea.cancelled@example.fr")).post("/events/" + id + "/registrations")
                .then().spec(problem(409));
    }
}
