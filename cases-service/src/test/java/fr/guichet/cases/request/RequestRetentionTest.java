package fr.guichet.cases.request;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import fr.guichet.cases.Actors;
import fr.guichet.cases.Cases;
import fr.guichet.testsupport.MovableClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;

/**
 * Who asked and what they said are kept only as long as the retention period (GUICHET_RETENTION, 1,095 days in
 * tests); what the indicators count stays. Creuse (23) is this class's own department.
 */
@QuarkusTest
class RequestRetentionTest {

    private static final Duration RETENTION = Duration.ofDays(1095);

    @Inject
    MovableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static RequestSpecification creuse() {
        return Actors.correspondant("correspondant-creuse", "23");
    }

    @Test
    void a_request_settled_longer_ago_than_the_retention_loses_its_personal_data_only() {
        Instant answered = Instant.parse("2026-02-02T10:00:00Z");
        clock.set(answered);
        String old = Requests.log(creuse(), Requests.with(Requests.phoneCall("23", "Aides à Guéret ?"), "answer", "Le CAIM."));
        clock.advance(RETENTION.minusDays(1));
        String recent = Requests.log(creuse(), Requests.with(Requests.phoneCall("23", "Et à Aubusson ?"), "answer", "Aussi."));
        clock.advance(Duration.ofDays(2));

        creuse().post("/privacy/anonymisation-runs").then().statusCode(200).body("requestsAnonymised", equalTo(1));

        creuse().get("/requests/" + old).then().statusCode(200)
                .body("requester.firstName", nullValue()).body("requester.lastName", nullValue())
                .body("requester.email", nullValue()).body("question", nullValue()).body("answer", nullValue())
                .body("anonymisedAt", notNullValue())
                .body("requester.profession", equalTo("GENERAL_PRACTITIONER")).body("subject", equalTo("AIDS"))
                .body("status", equalTo("ANSWERED")).body("department", equalTo("23"));
        creuse().get("/requests/" + recent).then().statusCode(200).body("question", equalTo("Et à Aubusson ?"))
                .body("anonymisedAt", nullValue());
        creuse().header("If-Match", Requests.etag(creuse(), old)).body(Map.of("status", "CLOSED"))
                .patch("/requests/" + old).then().spec(Cases.problem(409));
    }

    @Test
    void an_open_request_left_unanswered_past_the_retention_is_anonymised_too() {
        clock.set(Instant.parse("2026-03-03T10:00:00Z"));
        String forgotten = Requests.log(creuse(), Requests.phoneCall("23", "Personne ne m'a rappelé"));
        clock.advance(RETENTION.plusDays(1));

        creuse().post("/privacy/anonymisation-runs").then().statusCode(200)
                .body("requestsAnonymised", greaterThanOrEqualTo(1));

        creuse().get("/requests/" + forgotten).then().statusCode(200).body("question", nullValue())
                .body("status", equalTo("OPEN"));
    }
}
