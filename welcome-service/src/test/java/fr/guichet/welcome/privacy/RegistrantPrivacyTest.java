package fr.guichet.welcome.privacy;

import static fr.guichet.welcome.Events.problem;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.guichet.testsupport.MovableClock;
import fr.guichet.welcome.Actors;
import fr.guichet.welcome.Events;
import fr.guichet.welcome.Mailbox;
import fr.guichet.store.mail.MailSender;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/**
 * GDPR for registrants: the staff who hold a person's data (the event's organisers, the department's correspondants)
 * export it and erase it on their request; nobody else sees it.
 */
@QuarkusTest
class RegistrantPrivacyTest {

    @Inject
    MovableClock clock;

    @Inject
    MailSender mailSender;

    private String email;
    private String event41;
    private String event47;

    @BeforeEach
    void aPersonRegisteredInTwoTerritoriesAndInvitedToOne() {
        clock.set(Instant.now());
        email = "omar-" + System.nanoTime() + "@example.fr";
        event41 = Events.published(Actors.organiser41(), Actors.organiser41(), Events.welcomeDay41(Instant.now(clock), 3, 10));
        event47 = Events.published(Actors.cpts47(), Actors.cpts47(), Events.welcomeEvening47(Instant.now(clock), 3, 10));
        Actors.organiser41().body(Map.of("emails", List.of(email))).post("/events/" + event41 + "/invitations").then().statusCode(200);
        Actors.anonymous().body(Events.registrant("Omar", email)).post("/events/" + event41 + "/registrations").then().statusCode(201);
        Actors.anonymous().body(Events.registrant("Omar", email)).post("/events/" + event47 + "/registrations").then().statusCode(201);
        mailSender.drain();
        String token = Mailbox.token(email);
        clock.advance(Duration.ofDays(4));
        Actors.anonymous().body(Map.of("token", token, "score", 4, "helped", "Les échanges avec les internes",
                "settlingIntention", "YES", "contactConsent", true)).post("/registrations/survey-answers").then().statusCode(204);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void an_organiser_exports_what_its_events_hold_on_a_person() {
        Actors.organiser41().body(Map.of("email", email.toUpperCase())).post("/privacy/registrants/export").then().statusCode(200)
                .body("exportedAt", notNullValue())
                .body("registrations", hasSize(1))
                .body("registrations[0].event.id", equalTo(event41))
                .body("registrations[0].firstName", equalTo("Omar"))
                .body("registrations[0].email", equalTo(email))
                .body("registrations[0].faculty", equalTo("Tours"))
                .body("invitations", hasSize(1))
                .body("invitations[0].event.id", equalTo(event41));
    }

    @Test
    void a_correspondant_exports_what_the_events_of_their_departments_hold() {
        Actors.correspondant("correspondant-47", "47").body(Map.of("email", email)).post("/privacy/registrants/export")
                .then().statusCode(200).body("registrations", hasSize(1)).body("registrations[0].event.id", equalTo(event47))
                .body("registrations[0].survey.settlingIntention", equalTo("YES"))
                .body("invitations", empty());
    }

    @Test
    void erasure_on_request_removes_the_person_from_the_organisers_events_only() {
        Actors.cpts47().body(Map.of("email", email)).post("/privacy/registrants/erasure").then().statusCode(200)
                .body("registrationsAnonymised", equalTo(1)).body("invitationsErased", equalTo(0));

        Actors.cpts47().body(Map.of("email", email)).post("/privacy/registrants/export").then().statusCode(200)
                .body("registrations", empty());
        Actors.cpts47().get("/events/" + event47 + "/registrations").then().statusCode(200)
                .body("items[0].email", nullValue()).body("items[0].anonymisedAt", notNullValue())
                .body("items[0].status", equalTo("CONFIRMED"));
        Actors.organiser41().body(Map.of("email", email)).post("/privacy/registrants/export").then().statusCode(200)
                .body("registrations", hasSize(1));
        Actors.cpts47().body(Map.of("email", email)).post("/privacy/registrants/erasure").then().statusCode(200)
                .body("registrationsAnonymised", equalTo(0));
    }

    @Test
    void erasure_removes_the_invited_address_and_what_they_wrote() {
        Actors.organiser41().body(Map.of("email", email)).post("/privacy/registrants/erasure").then().statusCode(200)
                .body("registrationsAnonymised", equalTo(1)).body("invitationsErased", equalTo(1));

        Actors.correspondant41().body(Map.of("email", email)).post("/privacy/registrants/export").then().statusCode(200)
                .body("registrations", empty()).body("invitations", empty());
    }

    @Test
    void a_correspondant_runs_the_retention_now_in_their_departments_only() {
        clock.advance(Duration.ofDays(1096));

        Actors.correspondant("correspondant-47", "47").post("/privacy/registrants/anonymisation-runs").then().statusCode(200)
                .body("events", greaterThanOrEqualTo(1));

        Actors.cpts47().body(Map.of("email", email)).post("/privacy/registrants/export").then().statusCode(200)
                .body("registrations", empty());
        Actors.organiser41().body(Map.of("email", email)).post("/privacy/registrants/export").then().statusCode(200)
                .body("registrations", hasSize(1));
        Actors.organiser41().post("/privacy/registrants/anonymisation-runs").then().spec(problem(403));
    }

    @Test
    void nobody_else_reads_or_erases_a_persons_data() {
        Actors.anonymous().body(Map.of("email", email)).post("/privacy/registrants/export").then().spec(problem(401));
        Actors.doctor().body(Map.of("email", email)).post("/privacy/registrants/export").then().spec(problem(403));
        Actors.doctor().body(Map.of("email", email)).post("/privacy/registrants/erasure").then().spec(problem(403));
        Actors.organiser41().body(Map.of("email", "pas-une-adresse")).post("/privacy/registrants/export").then().spec(problem(400));
        Actors.organiser("organisateur-02", "CD-02", "02").body(Map.of("email", email)).post("/privacy/registrants/export")
                .then().statusCode(200).body("registrations", empty()).body("invitations", empty());
    }
}
