package fr.guichet.welcome.followup;

import static fr.guichet.welcome.Events.problem;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import fr.guichet.testsupport.MovableClock;
import fr.guichet.welcome.Actors;
import fr.guichet.welcome.CasesServiceStub;
import fr.guichet.welcome.Events;
import fr.guichet.welcome.Mailbox;
import fr.guichet.store.mail.MailSender;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;

/**
 * A registrant who says after the event that they want to settle becomes a quick request of cases-service, logged with
 * the caller's own token; the registration keeps the link, once.
 */
@QuarkusTest
class FollowUpTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    MovableClock clock;

    @Inject
    MailSender mailSender;

    @Inject
    CircuitBreakerMaintenance circuitBreakers;

    private String event;
    private String registration;
    private String email;
    private String token;

    @BeforeEach
    void aRegistrantOfAnEventThatEnded() {
        CasesServiceStub.answerNormally();
        circuitBreakers.resetAll();
        clock.set(Instant.now());
        event = Events.published(Actors.organiser41(), Actors.organiser41(), Events.welcomeDay41(Instant.now(clock), 3, 10));
        email = "nina-" + System.nanoTime() + "@example.fr";
        registration = Actors.anonymous().body(Events.registrant("Nina", email)).post("/events/" + event + "/registrations")
                .then().statusCode(201).extract().path("id");
        mailSender.drain();
        token = Mailbox.token(email);
        clock.advance(Duration.ofDays(4));
    }

    @AfterEach
    void resetClockAndCases() {
        clock.reset();
        CasesServiceStub.answerNormally();
        circuitBreakers.resetAll();
    }

    private void answers(String intention, boolean consent) {
        Map<String, Object> answer = new HashMap<>();
        answer.put("token", token);
        answer.put("score", 5);
        answer.put("helped", "La visite de la maison de santé");
        answer.put("settlingIntention", intention);
        answer.put("contactConsent", consent);
        Actors.anonymous().body(answer).post("/registrations/survey-answers").then().statusCode(204);
    }

    private String followUp() {
        return "/events/" + event + "/registrations/" + registration + "/quick-request";
    }

    @Test
    void a_registrant_who_wants_to_settle_becomes_a_quick_request_logged_with_the_callers_token() throws Exception {
        answers("MAYBE", true);

        Actors.correspondant41().get(followUp()).then().spec(problem(404));
        Actors.correspondant41().post(followUp()).then().statusCode(201).header("Location", endsWith(followUp()))
                .body("quickRequestId", equalTo(CasesServiceStub.REQUEST_ID)).body("linkedBy", equalTo("correspondant"));
        Actors.organiser41().get(followUp()).then().statusCode(200).body("quickRequestId", equalTo(CasesServiceStub.REQUEST_ID));

        List<LoggedRequest> received = CasesServiceStub.received();
        assertEquals(1, received.size());
        assertTrue(received.get(0).getHeader("Authorization").startsWith("Bearer "), "the caller's token is forwarded");
        JsonNode sent = JSON.readTree(received.get(0).getBodyAsString());
        assertEquals("EVENT", sent.path("channel").asText());
        assertEquals("STEPS", sent.path("subject").asText());
        assertEquals("41", sent.path("department").asText());
        assertEquals(email, sent.path("requester").path("email").asText());
        assertEquals("INTERN", sent.path("requester").path("careerStage").asText());
        assertTrue(sent.path("question").asText().contains("envisage de s'installer"), sent.toString());
        Actors.correspondant41().get("/events/" + event + "/registrations/" + registration).then().statusCode(200)
                .body("quickRequestId", equalTo(CasesServiceStub.REQUEST_ID));
    }

    @Test
    void the_registrants_list_says_who_wants_to_settle_and_agrees_to_be_contacted_once_they_answered() {
        String registrants = "/events/" + event + "/registrations";
        Actors.organiser41().get(registrants).then().statusCode(200).body("items[0].survey", nullValue());

        answers("MAYBE", true);

        Actors.organiser41().get(registrants).then().statusCode(200)
                .body("items[0].id", equalTo(registration))
                .body("items[0].survey.settlingIntention", equalTo("MAYBE"))
                .body("items[0].survey.contactConsent", equalTo(true));
        Actors.correspondant41().get(registrants + "/" + registration).then().statusCode(200)
                .body("survey.settlingIntention", equalTo("MAYBE"));
    }

    @Test
    void the_second_time_is_a_conflict_and_calls_cases_service_no_more() {
        answers("YES", true);
        Actors.organiser41().post(followUp()).then().statusCode(201);

        Actors.correspondant41().post(followUp()).then().spec(problem(409));

        assertEquals(1, CasesServiceStub.received().size());
    }

    @Test
    void five_clicks_at_once_log_one_request() throws Exception {
        answers("YES", true);
        CasesServiceStub.answerSlowly(300);
        ExecutorService pool = Executors.newFixedThreadPool(5);
        try {
            List<Future<Integer>> statuses = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                statuses.add(pool.submit(() -> Actors.correspondant41().post(followUp()).statusCode()));
            }
            List<Integer> answered = new ArrayList<>();
            for (Future<Integer> status : statuses) {
                answered.add(status.get(30, TimeUnit.SECONDS));
            }
            assertEquals(1, answered.stream().filter(s -> s == 201).count(), answered.toString());
            assertEquals(4, answered.stream().filter(s -> s == 409).count(), answered.toString());
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, CasesServiceStub.received().size());
    }

    @Test
    void a_registrant_who_does_not_want_to_settle_or_to_be_contacted_stays_a_registrant() {
        Actors.correspondant41().post(followUp()).then().spec(problem(422));
        answers("YES", false);
        Actors.correspondant41().post(followUp()).then().spec(problem(422));

        assertEquals(0, CasesServiceStub.received().size());
    }

    @Test
    void what_cases_service_refuses_is_refused_and_nothing_is_linked() {
        answers("YES", true);
        CasesServiceStub.refuseWith(403, "Your role does not allow this operation.");

        Actors.organiser41().post(followUp()).then().spec(problem(403));
        CasesServiceStub.refuseWith(400, "Unknown field.");
        Actors.correspondant41().post(followUp()).then().statusCode(502).contentType("application/problem+json");

        Actors.organiser41().get("/events/" + event + "/registrations/" + registration).then().body("quickRequestId", nullValue());
    }

    @Test
    void cases_service_down_is_a_503_and_a_later_try_works() {
        answers("YES", true);
        CasesServiceStub.failWith(500);

        Actors.correspondant41().post(followUp()).then().spec(problem(503)).header("Retry-After", equalTo("10"));
        Actors.correspondant41().get("/events/" + event + "/registrations/" + registration).then().body("quickRequestId", nullValue());

        CasesServiceStub.answerNormally();
        Actors.correspondant41().post(followUp()).then().statusCode(201);
    }

    @Test
    void only_the_events_organisers_and_correspondants_of_its_department_ask() {
        answers("YES", true);

        Actors.cpts47().post(followUp()).then().spec(problem(403));
        Actors.correspondant("correspondant-47", "47").post(followUp()).then().spec(problem(403));
        Actors.doctor().post(followUp()).then().spec(problem(403));
        Actors.anonymous().post(followUp()).then().spec(problem(401));
        Actors.correspondant41().post("/events/" + event + "/registrations/" + UUID.randomUUID() + "/quick-request")
                .then().spec(problem(404));

        assertEquals(0, CasesServiceStub.received().size());
    }
}
