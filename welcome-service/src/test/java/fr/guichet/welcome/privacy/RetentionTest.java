package fr.guichet.welcome.privacy;

import static fr.guichet.welcome.Events.problem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import fr.guichet.testsupport.MovableClock;
import fr.guichet.welcome.Actors;
import fr.guichet.welcome.Events;
import fr.guichet.welcome.Mailbox;
import fr.guichet.store.mail.MailSender;
import fr.guichet.welcome.survey.SurveyService;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/**
 * Registrants' personal data is kept as long as the retention period (GUICHET_RETENTION, 1,095 days by default) after
 * their event ended, then erased by the nightly job; what the indicators count stays.
 */
@QuarkusTest
class RetentionTest {

    private static final Duration RETENTION = Duration.ofDays(1095);

    @Inject
    MovableClock clock;

    @Inject
    MailSender mailSender;

    @Inject
    RegistrantRetention retention;

    @Inject
    SurveyService survey;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void registrants_of_an_event_ended_longer_ago_than_the_retention_lose_their_personal_data_only() {
        clock.set(Instant.now());
        String old = Events.published(Actors.organiser41(), Actors.organiser41(), Events.welcomeDay41(Instant.now(clock), 2, 10));
        String email = "retention-" + System.nanoTime() + "@example.fr";
        String registration = Actors.anonymous().body(Events.registrant("Zoé", email)).post("/events/" + old + "/registrations")
                .then().statusCode(201).extract().path("id");
        mailSender.drain();
        String token = Mailbox.token(email);
        clock.advance(Duration.ofDays(3));
        Actors.anonymous().body(Map.of("token", token, "score", 4, "helped", "Les échanges avec Zoé's tutor",
                "settlingIntention", "MAYBE", "contactConsent", true)).post("/registrations/survey-answers").then().statusCode(204);
        Actors.organiser41().body(Map.of("present", List.of(registration))).put("/events/" + old + "/attendance")
                .then().statusCode(200);
        String recent = Events.published(Actors.organiser41(), Actors.organiser41(),
                Events.welcomeDay41(Instant.now(clock), 10, 10));
        String kept = Actors.anonymous().body(Events.registrant("Yann", "recent-" + email)).post("/events/" + recent + "/registrations")
                .then().statusCode(201).extract().path("id");

        clock.advance(RETENTION.minusDays(1));
        retention.anonymiseExpired();
        Actors.organiser41().get("/events/" + old + "/registrations/" + registration).then().body("email", equalTo(email));

        clock.advance(Duration.ofDays(2));
        assertTrue(retention.anonymiseExpired().registrations() >= 1);

        Actors.organiser41().get("/events/" + old + "/registrations/" + registration).then().statusCode(200)
                .body("firstName", nullValue()).body("lastName", nullValue()).body("email", nullValue()).body("faculty", nullValue())
                .body("anonymisedAt", notNullValue())
                .body("status", equalTo("CONFIRMED")).body("registrantStatus", equalTo("INTERN")).body("year", equalTo(2))
                .body("present", equalTo(true));
        QuarkusTransaction.requiringNew().run(() -> {
            var answer = survey.of(UUID.fromString(registration)).orElseThrow();
            assertNull(answer.helped);
            assertTrue(answer.score == 4 && answer.contactConsent);
        });
        Actors.anonymous().body(Map.of("token", token)).post("/registrations/cancellations").then().spec(problem(404));
        Actors.organiser41().get("/events/" + recent + "/registrations/" + kept).then().body("firstName", equalTo("Yann"));
    }
}
