package fr.guichet.welcome.survey;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import fr.guichet.testsupport.MovableClock;
import fr.guichet.welcome.Actors;
import fr.guichet.welcome.Events;
import fr.guichet.welcome.Mailbox;
import fr.guichet.store.mail.MailSender;
import fr.guichet.welcome.registration.SurveyMailing;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/** Once an event has ended, its registrants who came are mailed the survey link, once. */
@QuarkusTest
class SurveyMailingTest {

    @Inject
    MovableClock clock;

    @Inject
    MailSender mailSender;

    @Inject
    SurveyMailing surveyMailing;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void the_people_present_are_mailed_the_survey_once_after_the_event() {
        clock.set(Instant.now());
        String event = Events.published(Actors.organiser41(), Actors.organiser41(), Events.welcomeDay41(Instant.now(clock), 2, 10));
        String suffix = String.valueOf(System.nanoTime());
        String came = "venue-" + suffix + "@example.fr";
        String absent = "absente-" + suffix + "@example.fr";
        String present = Actors.anonymous().body(Events.registrant("Rose", came)).post("/events/" + event + "/registrations")
                .then().statusCode(201).extract().path("id");
        Actors.anonymous().body(Events.registrant("Sacha", absent)).post("/events/" + event + "/registrations").then().statusCode(201);
        clock.advance(Duration.ofDays(2));
        Actors.organiser41().body(Map.of("present", List.of(present))).put("/events/" + event + "/attendance").then().statusCode(200);
        String etag = Events.etag(Actors.organiser41(), event);
        surveyMailing.mailEndedEvents();
        mailSender.drain();
        assertThat(Mailbox.of(came), hasSize(1));

        clock.advance(Duration.ofDays(1));
        surveyMailing.mailEndedEvents();
        surveyMailing.mailEndedEvents();
        mailSender.drain();

        assertThat(Mailbox.of(came), hasSize(2));
        assertThat(Mailbox.subject(Mailbox.last(came)), startsWith("Votre avis"));
        assertThat(Mailbox.body(Mailbox.last(came)), containsString("/evenements/inscription/avis?jeton="));
        assertThat(Mailbox.of(absent), hasSize(1));
        Map<String, Object> answer = new HashMap<>(Map.of("token", Mailbox.token(came), "score", 4, "settlingIntention", "YES",
                "contactConsent", false));
        Actors.anonymous().body(answer).post("/registrations/survey-answers").then().statusCode(204);
        Actors.organiser41().get("/events/" + event).then().header("ETag", equalTo(etag));
    }
}
