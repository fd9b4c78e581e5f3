package fr.guichet.welcome.survey;

import static fr.guichet.welcome.Events.problem;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
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

/** After the event, each registrant who held a place answers the survey once, through their link. */
@QuarkusTest
class SurveyTest {

    @Inject
    MovableClock clock;

    @Inject
    MailSender mailSender;

    private String confirmedToken;
    private String waitingToken;

    @BeforeEach
    void anEventWithOnePlaceAndTwoRegistrants() {
        clock.set(Instant.now());
        String event = Events.published(Actors.organiser41(), Actors.organiser41(), Events.welcomeDay41(Instant.now(clock), 5, 1));
        String suffix = String.valueOf(System.nanoTime());
        String confirmed = "avis-" + suffix + "@example.fr";
        String waiting = "attente-" + suffix + "@example.fr";
        Actors.anonymous().body(Events.registrant("Nina", confirmed)).post("/events/" + event + "/registrations").then().statusCode(201);
        Actors.anonymous().body(Events.registrant("Omar", waiting)).post("/events/" + event + "/registrations").then().statusCode(201);
        mailSender.drain();
        confirmedToken = Mailbox.token(confirmed);
        waitingToken = Mailbox.token(waiting);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static Map<String, Object> answer(String token) {
        Map<String, Object> answer = new HashMap<>();
        answer.put("token", token);
        answer.put("score", 5);
        answer.put("helped", "Rencontrer les maîtres de stage et visiter la MSP");
        answer.put("settlingIntention", "YES");
        answer.put("contactConsent", true);
        return answer;
    }

    @Test
    void a_registrant_answers_once_after_the_event() {
        clock.advance(Duration.ofDays(6));

        Actors.anonymous().body(answer(confirmedToken)).post("/registrations/survey-answers").then().statusCode(204);
        Actors.anonymous().body(answer(confirmedToken)).post("/registrations/survey-answers").then().spec(problem(409));
    }

    @Test
    void the_survey_opens_when_the_event_has_ended() {
        Actors.anonymous().body(answer(confirmedToken)).post("/registrations/survey-answers").then().spec(problem(409));
    }

    @Test
    void who_held_no_place_answers_no_survey() {
        clock.advance(Duration.ofDays(6));

        Actors.anonymous().body(answer(waitingToken)).post("/registrations/survey-answers").then().spec(problem(409));
    }

    @Test
    void invalid_answers_are_refused() {
        clock.advance(Duration.ofDays(6));

        Actors.anonymous().body(Events.with(answer(confirmedToken), "score", 6)).post("/registrations/survey-answers")
                .then().spec(problem(400));
        Actors.anonymous().body(Events.with(answer(confirmedToken), "settlingIntention", "PERHAPS"))
                .post("/registrations/survey-answers").then().spec(problem(400));
        Actors.anonymous().body(Events.with(answer(confirmedToken), "contactConsent", null)).post("/registrations/survey-answers")
                .then().spec(problem(400));
        Actors.anonymous().body(answer("inconnu")).post("/registrations/survey-answers").then().spec(problem(404));
        Actors.anonymous().body(answer(confirmedToken)).post("/registrations/survey-answers").then().statusCode(204);
    }
}
