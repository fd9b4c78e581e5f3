package fr.guichet.welcome.registration;

import static fr.guichet.welcome.Events.problem;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.guichet.testsupport.MovableClock;
import fr.guichet.welcome.Actors;
import fr.guichet.welcome.Events;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/** The organiser ticks who came, on the day; the list replaces the previous one, so sending it twice changes nothing. */
@QuarkusTest
class AttendanceTest {

    @Inject
    MovableClock clock;

    private String event;
    private String lea;
    private String hugo;

    @BeforeEach
    void anEventWithTwoRegistrants() {
        clock.set(Instant.now());
        event = Events.published(Actors.organiser41(), Actors.organiser41(), Events.welcomeDay41(Instant.now(clock), 10, 5));
        lea = register("lea.presente@example.fr");
        hugo = register("hugo.present@example.fr");
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private String register(String email) {
        return Actors.anonymous().body(Events.registrant("Interne", email)).post("/events/" + event + "/registrations")
                .then().statusCode(201).extract().path("id");
    }

    private static Map<String, Object> present(String... ids) {
        return Map.of("present", List.of(ids));
    }

    @Test
    void the_list_sent_again_changes_nothing_and_a_shorter_one_unticks() {
        clock.advance(Duration.ofDays(10));

        Actors.organiser41().body(present(lea, hugo)).put("/events/" + event + "/attendance").then().statusCode(200)
                .body("present", containsInAnyOrder(lea, hugo));
        Actors.organiser41().body(present(lea, hugo)).put("/events/" + event + "/attendance").then().statusCode(200)
                .body("present", containsInAnyOrder(lea, hugo));
        Actors.organiser41().body(present(lea)).put("/events/" + event + "/attendance").then().statusCode(200)
                .body("present", contains(lea));

        Actors.correspondant41().get("/events/" + event + "/attendance").then().statusCode(200).body("present", contains(lea));
        Actors.organiser41().get("/events/" + event + "/registrations/" + hugo).then().body("present", equalTo(false));
    }

    @Test
    void a_list_sent_later_offline_is_still_taken() {
        clock.advance(Duration.ofDays(12));

        Actors.organiser41().body(present(hugo)).put("/events/" + event + "/attendance").then().statusCode(200)
                .body("present", contains(hugo));
    }

    @Test
    void attendance_waits_for_the_events_day() {
        Actors.organiser41().body(present(lea)).put("/events/" + event + "/attendance").then().spec(problem(409));
        Actors.organiser41().get("/events/" + event + "/attendance").then().statusCode(200).body("present", empty());
    }

    @Test
    void an_id_that_is_no_registration_of_the_event_is_refused_and_nothing_changes() {
        clock.advance(Duration.ofDays(10));

        Actors.organiser41().body(present(lea, UUID.randomUUID().toString())).put("/events/" + event + "/attendance")
                .then().spec(problem(422));
        Actors.organiser41().body(Map.of("present", List.of("pas-un-id"))).put("/events/" + event + "/attendance")
                .then().spec(problem(400));
        Actors.organiser41().get("/events/" + event + "/attendance").then().body("present", empty());
    }

    @Test
    void only_the_events_organisers_take_attendance() {
        clock.advance(Duration.ofDays(10));

        Actors.cpts47().body(present(lea)).put("/events/" + event + "/attendance").then().spec(problem(403));
        Actors.correspondant41().body(present(lea)).put("/events/" + event + "/attendance").then().spec(problem(403));
    }
}
