package fr.guichet.cases.aid;

import static fr.guichet.cases.Actors.claire;
import static fr.guichet.cases.Actors.occitanie;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.guichet.cases.Actors;
import fr.guichet.cases.AidsServiceStub;
import fr.guichet.cases.Cases;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;

/**
 * aids-service down, failing, unreachable or too slow: the eligibility part answers 503 with Retry-After
 * within a bounded time, and everything else on the case keeps working. Every outage test lives here; each
 * starts and ends with aids-service answering and the circuit breaker closed, so no other test meets it open.
 */
@QuarkusTest
class AidsServiceOutageTest {

    private static final Duration BOUND = Duration.ofSeconds(10);
    /** The circuit stays open 2 s in tests (application.properties), then lets trial calls through. */
    private static final Duration RECOVERY = Duration.ofSeconds(10);

    @Inject
    CircuitBreakerMaintenance circuitBreakers;

    private String id;

    @BeforeEach
    void a_case_of_claire_and_a_closed_circuit() {
        circuitBreakers.resetAll();
        id = Cases.create(claire(), Cases.newCase(null, Cases.MENDE));
    }

    /** Without the reset, failures counted by one test would open the circuit in the next, or in another class. */
    @AfterEach
    void aids_service_answers_again() {
        AidsServiceStub.answerNormally();
        circuitBreakers.resetAll();
        occitanie().get("/cases/" + id + "/eligibility").then().statusCode(200);
    }

    @Test
    void eligibility_answers_503_with_retry_after_when_aids_service_fails() {
        AidsServiceStub.failWith(503);

        unavailableWithinBound(() -> occitanie().get("/cases/" + id + "/eligibility"));

        assertEquals(3, AidsServiceStub.callsReceived(), "one call and two retries");
    }

    @Test
    void eligibility_answers_503_with_retry_after_when_aids_service_is_unreachable() {
        AidsServiceStub.dropConnections();

        unavailableWithinBound(() -> occitanie().get("/cases/" + id + "/eligibility"));

        assertEquals(3, AidsServiceStub.callsReceived(), "one call and two retries");
    }

    @Test
    void eligibility_answers_503_within_a_bounded_time_when_aids_service_is_too_slow() {
        AidsServiceStub.answerSlowly(5000);

        unavailableWithinBound(() -> occitanie().get("/cases/" + id + "/eligibility"));

        assertEquals(3, AidsServiceStub.callsReceived(), "one call and two retries");
    }

    @Test
    void selecting_an_aid_answers_503_and_selects_nothing_while_aids_service_is_down() {
        AidsServiceStub.failWith(500);

        unavailableWithinBound(() -> occitanie().header("If-Match", Cases.etag(occitanie(), id))
                .body(Map.of("code", "OCCITANIE_MONTAGNE")).post("/cases/" + id + "/aids"));

        occitanie().get("/cases/" + id + "/aids").then().statusCode(200).body("$", empty());
    }

    @Test
    void an_open_circuit_answers_503_without_calling_aids_service() {
        AidsServiceStub.failWith(503);
        for (int i = 0; i < 3; i++) {
            occitanie().get("/cases/" + id + "/eligibility").then().statusCode(503);
        }
        int callsSoFar = AidsServiceStub.callsReceived();

        unavailableWithinBound(() -> occitanie().get("/cases/" + id + "/eligibility"));

        assertEquals(callsSoFar, AidsServiceStub.callsReceived(), "an open circuit must not call aids-service");
    }

    @Test
    void eligibility_answers_again_once_aids_service_is_back() {
        AidsServiceStub.failWith(503);
        for (int i = 0; i < 2; i++) {
            occitanie().get("/cases/" + id + "/eligibility").then().statusCode(503);
        }
        AidsServiceStub.answerNormally();
        occitanie().get("/cases/" + id + "/eligibility").then().statusCode(503);

        // Each call refused by the open circuit takes its retries' delays (~0.2 s): the loop needs no sleep.
        long deadline = System.nanoTime() + RECOVERY.toNanos();
        while (occitanie().get("/cases/" + id + "/eligibility").statusCode() != 200) {
            assertTrue(System.nanoTime() < deadline, "the circuit should let a call through once its delay is over");
        }
        occitanie().get("/cases/" + id + "/eligibility").then().statusCode(200).body("aids.code", hasItem("OCCITANIE_MONTAGNE"));
    }

    @Test
    void the_rest_of_the_case_works_while_aids_service_is_down() {
        AidsServiceStub.failWith(503);
        occitanie().get("/cases/" + id + "/eligibility").then().statusCode(503);

        occitanie().get("/cases/" + id).then().statusCode(200).body("status", equalTo("RECEIVED"));
        Cases.moveThrough(Actors::occitanie, id, "QUALIFIED", "PROJECT_DEFINED", "PROCEDURES");
        occitanie().get("/cases/" + id + "/tasks").then().statusCode(200).body("$", not(empty()));
        claire().body(Map.of("body", "Le simulateur ne répond pas, pouvez-vous m'aider ?"))
                .post("/cases/" + id + "/messages").then().statusCode(201);
        occitanie().get("/cases/" + id + "/messages").then().statusCode(200).body("$", not(empty()));
        claire().get("/cases/" + id + "/eligibility").then().spec(Cases.problem(503));
    }

    private static void unavailableWithinBound(Supplier<Response> call) {
        long start = System.nanoTime();
        Response response = call.get();
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        response.then().spec(Cases.problem(503)).header("Retry-After", equalTo("10"));
        assertTrue(took.compareTo(BOUND) < 0, "answered in " + took + ", beyond " + BOUND);
    }
}
