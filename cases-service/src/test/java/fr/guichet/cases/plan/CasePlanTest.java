package fr.guichet.cases.plan;

import static fr.guichet.cases.Cases.problem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import java.time.Instant;
import java.util.Collections;
import java.util.List;
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
 * A case's plan through the API, on Monday 4 January 2027, for a liberal GP in the Somme (80): the Ordre's 90 days and
 * the installation declared 30 days ahead make 4 May 2027 the earliest feasible start.
 */
@QuarkusTest
class CasePlanTest {

    private static final String AMIENS = "80021";
    private static final Supplier<RequestSpecification> STAFF = () -> Actors.correspondant("correspondant-somme", "80");
    private static final String MERGE_PATCH = "application/merge-patch+json";

    @Inject
    MovableClock clock;

    @BeforeEach
    void monday() {
        clock.set(Instant.parse("2027-01-04T09:00:00Z"));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static String aCaseStartingOn(Supplier<RequestSpecification> as, String plannedStart) {
        Map<String, Object> project = Cases.project(AMIENS);
        project.put("plannedStartDate", plannedStart);
        return Cases.create(as.get(), Map.of("professional", Cases.professional(Actors.RPPS_CLAIRE), "project", project));
    }

    private static void moveStart(String id, String plannedStart) {
        STAFF.get().contentType(MERGE_PATCH).header("If-Match", Cases.etag(STAFF.get(), id))
                .body(Map.of("plannedStartDate", plannedStart)).patch("/cases/" + id).then().statusCode(200);
    }

    @Test
    void a_plan_becomes_at_risk_when_the_planned_start_moves_too_close() {
        String id = aCaseStartingOn(STAFF, "2027-09-01");
        STAFF.get().get("/cases/" + id + "/plan").then().statusCode(200)
                .body("outlook", equalTo("ON_TRACK"))
                .body("plannedStartDate", equalTo("2027-09-01"))
                .body("earliestFeasibleStartDate", equalTo("2027-05-04"))
                .body("riskStep", nullValue());

        moveStart(id, "2027-04-01");

        STAFF.get().get("/cases/" + id + "/plan").then().statusCode(200)
                .body("outlook", equalTo("AT_RISK"))
                .body("riskStep", equalTo("ORDRE_REGISTRATION"))
                .body("earliestFeasibleStartDate", equalTo("2027-05-04"))
                .body("criticalPath", equalTo(List.of("RCP_INSURANCE", "ORDRE_REGISTRATION",
                        "ORDRE_INSTALLATION_DECLARATION")))
                .body("steps.find { it.code == 'CPAM_CONVENTIONNEMENT' }.latestDueDate", equalTo("2027-04-01"))
                .body("steps.find { it.code == 'ORDRE_INSTALLATION_DECLARATION' }.latestDueDate", equalTo("2027-03-02"))
                .body("steps.find { it.code == 'RCP_INSURANCE' }.status", equalTo("LATE"));
    }

    @Test
    void the_seeded_steps_of_a_liberal_gp_say_what_is_undated_and_why() {
        String id = aCaseStartingOn(STAFF, "2027-09-01");

        STAFF.get().get("/cases/" + id + "/plan").then().statusCode(200)
                .body("steps.code", equalTo(List.of("RCP_INSURANCE", "ORDRE_REGISTRATION", "CPS_CARD",
                        "ORDRE_INSTALLATION_DECLARATION", "CPAM_CONVENTIONNEMENT", "URSSAF_DECLARATION",
                        "CARMF_AFFILIATION")))
                .body("steps.find { it.code == 'CPS_CARD' }.ownerKind", equalTo("ANS"))
                .body("steps.find { it.code == 'CPS_CARD' }.earliestDate", equalTo("2027-04-19"))
                .body("steps.find { it.code == 'CARMF_AFFILIATION' }.latestDueDate", equalTo("2027-10-01"))
                .body("steps.find { it.code == 'URSSAF_DECLARATION' }.status", equalTo("UNDATED"))
                .body("steps.find { it.code == 'URSSAF_DECLARATION' }.leadTimeDays", nullValue())
                .body("steps.find { it.code == 'URSSAF_DECLARATION' }.undatedReason",
                        equalTo("domain.md ne donne aucun délai pour la déclaration de début d'activité : étape non datée."));
    }

    @Test
    void a_salaried_plan_leaves_out_the_liberal_steps() {
        String id = aCaseStartingOn(STAFF, "2027-09-01");
        STAFF.get().contentType(MERGE_PATCH).header("If-Match", Cases.etag(STAFF.get(), id))
                .body(Map.of("practiceMode", "SALARIED")).patch("/cases/" + id).then().statusCode(200);

        STAFF.get().get("/cases/" + id + "/plan").then().statusCode(200)
                .body("steps.code", equalTo(List.of("RCP_INSURANCE", "ORDRE_REGISTRATION", "CPS_CARD")))
                .body("earliestFeasibleStartDate", equalTo("2027-04-19"));
    }

    @Test
    void a_task_done_shows_in_the_plan_and_moves_what_waits_on_it() {
        String id = Partners.aCaseAtTheJointSession(STAFF, AMIENS);
        clock.set(Instant.parse("2027-01-14T09:00:00Z"));

        Partners.changeTask(STAFF.get(), Cases.etag(STAFF.get(), id), id,
                Partners.taskId(STAFF, id, "ORDRE_REGISTRATION"), Map.of("status", "DONE")).then().statusCode(200);

        STAFF.get().get("/cases/" + id + "/plan").then().statusCode(200)
                .body("steps.find { it.code == 'ORDRE_REGISTRATION' }.status", equalTo("DONE"))
                .body("steps.find { it.code == 'ORDRE_REGISTRATION' }.taskStatus", equalTo("DONE"))
                .body("steps.find { it.code == 'ORDRE_REGISTRATION' }.doneOn", equalTo("2027-01-14"))
                .body("steps.find { it.code == 'CPS_CARD' }.earliestDate", equalTo("2027-01-29"))
                .body("earliestFeasibleStartDate", equalTo("2027-02-13"));
    }

    @Test
    void the_owner_reads_the_plan_of_their_case_and_nobody_else_learns_it_exists() {
        String id = aCaseStartingOn(Actors::claire, "2027-09-01");

        Actors.claire().get("/cases/" + id + "/plan").then().statusCode(200).body("outlook", equalTo("ON_TRACK"));
        Actors.paul().get("/cases/" + id + "/plan").then().spec(problem(404));
        Actors.occitanie().get("/cases/" + id + "/plan").then().spec(problem(404));
        Actors.partner("plan-reader").get("/cases/" + id + "/plan").then().spec(problem(404));
        Actors.guichetAdmin().get("/cases/" + id + "/plan").then().spec(problem(403));
    }

    @Test
    void without_a_planned_start_the_plan_gives_the_earliest_feasible_one() {
        String id = aCaseStartingOn(STAFF, "2027-09-01");
        STAFF.get().contentType(MERGE_PATCH).header("If-Match", Cases.etag(STAFF.get(), id))
                .body(Collections.singletonMap("plannedStartDate", null)).patch("/cases/" + id)
                .then().statusCode(200);

        STAFF.get().get("/cases/" + id + "/plan").then().statusCode(200)
                .body("outlook", equalTo("NO_PLANNED_START"))
                .body("plannedStartDate", nullValue())
                .body("earliestFeasibleStartDate", equalTo("2027-05-04"))
                .body("steps.latestDueDate", hasItem(nullValue()));
    }
}
