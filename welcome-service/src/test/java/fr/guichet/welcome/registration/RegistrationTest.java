package fr.guichet.welcome.registration;

import static fr.guichet.welcome.Events.problem;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import fr.guichet.welcome.Actors;
import fr.guichet.welcome.Events;
import fr.guichet.welcome.Mailbox;
import fr.guichet.store.mail.MailSender;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/** Public registration: a place while places remain, then the waiting list; a cancellation moves the list up. */
@QuarkusTest
class RegistrationTest {

    @Inject
    MailSender mailSender;

    private static String event(int capacity) {
        return Events.published(Actors.organiser41(), Actors.organiser41(), Events.welcomeDay41(Instant.now(), 20, capacity));
    }

    private static io.restassured.response.Response register(String event, String firstName, String email) {
        return Actors.anonymous().body(Events.registrant(firstName, email)).post("/events/" + event + "/registrations");
    }

    @Test
    void beyond_the_capacity_registrations_wait_in_order_and_a_cancellation_promotes_the_first() {
        String event = event(2);
        register(event, "Léa", "lea@example.fr").then().statusCode(201).body("status", equalTo("CONFIRMED"))
                .body("waitingPosition", nullValue());
        register(event, "Hugo", "hugo@example.fr").then().statusCode(201).body("status", equalTo("CONFIRMED"));
        register(event, "Inès", "ines@example.fr").then().statusCode(201).body("status", equalTo("WAITING"))
                .body("waitingPosition", equalTo(1));
        register(event, "Jules", "jules@example.fr").then().statusCode(201).body("waitingPosition", equalTo(2));
        Actors.anonymous().get("/events/" + event).then().body("placesLeft", equalTo(0));
        mailSender.drain();
        assertThat(Mailbox.subject(Mailbox.last("ines@example.fr")), startsWith("Liste d'attente"));
        assertThat(Mailbox.body(Mailbox.last("ines@example.fr")), containsString("en position 1"));

        Actors.anonymous().body(Map.of("token", Mailbox.token("hugo@example.fr"))).post("/registrations/cancellations")
                .then().statusCode(200).body("status", equalTo("CANCELLED"));
        mailSender.drain();

        assertThat(Mailbox.subject(Mailbox.last("ines@example.fr")), startsWith("Une place s'est libérée"));
        Actors.organiser41().queryParam("status", "CONFIRMED").get("/events/" + event + "/registrations").then().statusCode(200)
                .body("items.firstName", hasItem("Inès")).body("items.firstName", not(hasItem("Hugo")));
        Actors.organiser41().queryParam("status", "WAITING").get("/events/" + event + "/registrations").then()
                .body("items[0].firstName", equalTo("Jules")).body("items[0].waitingPosition", equalTo(1));
    }

    @Test
    void the_promoted_person_cancels_with_the_link_of_the_promotion_mail_only() {
        String event = event(1);
        register(event, "Anna", "anna@example.fr").then().body("status", equalTo("CONFIRMED"));
        register(event, "Basile", "basile@example.fr").then().body("status", equalTo("WAITING"));
        mailSender.drain();
        String waitingToken = Mailbox.token("basile@example.fr");
        Actors.anonymous().body(Map.of("token", Mailbox.token("anna@example.fr"))).post("/registrations/cancellations")
                .then().statusCode(200);
        mailSender.drain();

        Actors.anonymous().body(Map.of("token", waitingToken)).post("/registrations/cancellations").then().spec(problem(404));
        Actors.anonymous().body(Map.of("token", Mailbox.token("basile@example.fr"))).post("/registrations/cancellations")
                .then().statusCode(200).body("status", equalTo("CANCELLED"));
    }

    @Test
    void cancelling_twice_answers_the_cancelled_registration() {
        String event = event(5);
        register(event, "Chloé", "chloe@example.fr").then().statusCode(201);
        mailSender.drain();
        String token = Mailbox.token("chloe@example.fr");

        Actors.anonymous().body(Map.of("token", token)).post("/registrations/cancellations").then().statusCode(200);
        Actors.anonymous().body(Map.of("token", token)).post("/registrations/cancellations").then().statusCode(200)
                .body("status", equalTo("CANCELLED"));
        Actors.anonymous().body(Map.of("token", "not-a-token")).post("/registrations/cancellations").then().spec(problem(404));
        Actors.anonymous().body(Map.of()).post("/registrations/cancellations").then().spec(problem(400));
    }

    @Test
    void the_same_address_registers_once_per_event() {
        String event = event(5);
        register(event, "Driss", "driss@example.fr").then().statusCode(201);

        register(event, "Driss", "Driss@Example.fr").then().spec(problem(409));
    }

    @Test
    void the_public_answer_holds_no_personal_data_and_the_organisers_list_does() {
        String event = event(5);
        String id = register(event, "Emma", "emma@example.fr").then().statusCode(201)
                .header("Location", containsString("/events/" + event + "/registrations/"))
                .body("$", not(hasKey("email"))).body("$", not(hasKey("firstName"))).body("$", not(hasKey("token")))
                .extract().path("id");
        assertThat(Actors.anonymous().get("/events/" + event).asString(), not(containsString("emma@example.fr")));
        Actors.anonymous().get("/events/" + event + "/registrations").then().spec(problem(401));

        Actors.organiser41().get("/events/" + event + "/registrations/" + id).then().statusCode(200)
                .body("email", equalTo("emma@example.fr")).body("firstName", equalTo("Emma"))
                .body("registrantStatus", equalTo("INTERN")).body("faculty", equalTo("Tours")).body("year", equalTo(2));
        mailSender.drain();
        assertThat(Mailbox.subject(Mailbox.last("emma@example.fr")), startsWith("Inscription confirmée"));
        assertThat(Mailbox.body(Mailbox.last("emma@example.fr")), containsString("Hôtel du Département, Blois"));
    }

    @Test
    void a_draft_takes_no_registration_and_invalid_registrations_write_nothing() {
        String draft = Events.create(Actors.organiser41(), Events.welcomeDay41(Instant.now(), 20, 5));
        register(draft, "Farid", "farid@example.fr").then().spec(problem(404));

        String event = event(5);
        Actors.anonymous().body(Events.with(Events.registrant("Gaëlle", "pas-une-adresse"), "year", 2))
                .post("/events/" + event + "/registrations").then().spec(problem(400)).body("errors[0].field", equalTo("email"));
        Actors.anonymous().body(Events.with(Events.registrant("Gaëlle", "gaelle@example.fr"), "status", "ROBOT"))
                .post("/events/" + event + "/registrations").then().spec(problem(400));
        Actors.anonymous().get("/events/" + event).then().body("placesLeft", equalTo(5));
    }
    @Test
    void places_added_by_the_organiser_confirm_the_waiting_list_in_order() {
        Map<String, Object> day = Events.welcomeDay41(Instant.now(), 21, 1);
        String event = Events.published(Actors.organiser41(), Actors.organiser41(), day);
        register(event, "Karim", "karim@example.fr").then().body("status", equalTo("CONFIRMED"));
        register(event, "Lina", "lina@example.fr").then().body("status", equalTo("WAITING"));
        register(event, "Malo", "malo@example.fr").then().body("status", equalTo("WAITING"));

        Actors.organiser41().header("If-Match", "\"1\"").body(Events.with(day, "capacity", 2)).put("/events/" + event)
                .then().statusCode(200).body("placesLeft", equalTo(0));
        mailSender.drain();

        assertThat(Mailbox.subject(Mailbox.last("lina@example.fr")), startsWith("Une place s'est libérée"));
        Actors.organiser41().queryParam("status", "WAITING").get("/events/" + event + "/registrations").then()
                .body("items.firstName", equalTo(List.of("Malo")));
        Actors.organiser41().header("If-Match", "\"2\"").body(Events.with(day, "capacity", 1)).put("/events/" + event)
                .then().spec(problem(409));
    }

    @Test
    void the_registrants_of_a_cancelled_event_are_told() {
        String event = event(3);
        register(event, "Noé", "noe@example.fr").then().statusCode(201);

        Actors.organiser41().header("If-Match", "\"1\"").post("/events/" + event + "/cancellation").then().statusCode(200);
        mailSender.drain();

        assertThat(Mailbox.subject(Mailbox.last("noe@example.fr")), startsWith("Événement annulé"));
    }
}
