package fr.guichet.cases.task;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.guichet.cases.Actors;
import fr.guichet.cases.Cases;
import fr.guichet.cases.Partners;
import fr.guichet.testsupport.MovableClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;

/**
 * The CPAM registers only a professional on the Ordre's roll, and the RPPS number comes with the registration: those
 * tasks wait on the Ordre's, and their due dates count from the day it is done (30 and 15 days), until then from its
 * own due date (90 days after the joint session). Cases of the Oise (60).
 */
@QuarkusTest
class TaskDependencyTest {

    private static final String BEAUVAIS = "60057";
    private static final Supplier<RequestSpecification> STAFF = () -> Actors.correspondant("correspondant-oise", "60");

    @Inject
    MovableClock clock;

    @BeforeEach
    void organisations() {
        Partners.register("ORDRE-60", "ORDRE", "60");
        Partners.register("CPAM-60", "CPAM", "60");
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private String aCaseAtTheJointSessionOn(String day) {
        clock.set(Instant.parse(day + "T09:00:00Z"));
        return Partners.aCaseAtTheJointSession(STAFF, BEAUVAIS);
    }

    @Test
    void a_waiting_task_shows_what_it_waits_on_and_the_due_date_it_implies() {
        String id = aCaseAtTheJointSessionOn("2027-01-04");

        STAFF.get().get("/cases/" + id + "/tasks").then().statusCode(200)
                .body("find { it.code == 'ORDRE_REGISTRATION' }.dueDate", equalTo("2027-04-04"))
                .body("find { it.code == 'CPAM_CONVENTIONNEMENT' }.waitingOn.code", equalTo("ORDRE_REGISTRATION"))
                .body("find { it.code == 'CPAM_CONVENTIONNEMENT' }.waitingOn.label",
                        equalTo("Inscription au tableau départemental de l'Ordre des médecins"))
                .body("find { it.code == 'CPAM_CONVENTIONNEMENT' }.dueDate", equalTo("2027-05-04"))
                .body("find { it.code == 'RPPS_CPS' }.dueDate", equalTo("2027-04-19"))
                .body("find { it.code == 'URSSAF_DECLARATION' }.waitingOn", nullValue());
    }

    @Test
    void when_the_task_waited_on_is_done_the_others_count_from_that_day() {
        String id = aCaseAtTheJointSessionOn("2027-01-04");
        clock.advance(Duration.ofDays(10));

        Partners.changeTask(Actors.partner("ordre-60", "ORDRE-60"), Cases.etag(STAFF.get(), id), id,
                Partners.taskId(STAFF, id, "ORDRE_REGISTRATION"), Map.of("status", "DONE"))
                .then().statusCode(200).body("doneOn", equalTo("2027-01-14"));

        STAFF.get().get("/cases/" + id + "/tasks").then().statusCode(200)
                .body("find { it.code == 'CPAM_CONVENTIONNEMENT' }.waitingOn", nullValue())
                .body("find { it.code == 'CPAM_CONVENTIONNEMENT' }.dueDate", equalTo("2027-02-13"))
                .body("find { it.code == 'RPPS_CPS' }.dueDate", equalTo("2027-01-29"));
    }

    @Test
    void moving_the_due_date_of_the_task_waited_on_moves_those_that_wait() {
        String id = aCaseAtTheJointSessionOn("2027-01-04");

        Partners.changeTask(Actors.partner("ordre-60", "ORDRE-60"), Cases.etag(STAFF.get(), id), id,
                Partners.taskId(STAFF, id, "ORDRE_REGISTRATION"), Map.of("dueDate", "2027-03-01"))
                .then().statusCode(200);

        STAFF.get().get("/cases/" + id + "/tasks").then().statusCode(200)
                .body("find { it.code == 'CPAM_CONVENTIONNEMENT' }.dueDate", equalTo("2027-03-31"))
                .body("find { it.code == 'CPAM_CONVENTIONNEMENT' }.waitingOn.code", equalTo("ORDRE_REGISTRATION"));
    }

    @Test
    void reopening_the_task_waited_on_makes_the_others_wait_again() {
        String id = aCaseAtTheJointSessionOn("2027-01-04");
        String ordre = Partners.taskId(STAFF, id, "ORDRE_REGISTRATION");
        String etag = Partners.changeTask(STAFF.get(), Cases.etag(STAFF.get(), id), id, ordre, Map.of("status", "DONE"))
                .then().statusCode(200).extract().header("ETag");

        Partners.changeTask(STAFF.get(), etag, id, ordre, Map.of("status", "IN_PROGRESS")).then().statusCode(200)
                .body("doneOn", nullValue());

        STAFF.get().get("/cases/" + id + "/tasks").then().statusCode(200)
                .body("find { it.code == 'CPAM_CONVENTIONNEMENT' }.waitingOn.code", equalTo("ORDRE_REGISTRATION"))
                .body("find { it.code == 'CPAM_CONVENTIONNEMENT' }.dueDate", equalTo("2027-05-04"));
    }
}
