package fr.guichet.cases.task;

import static fr.guichet.cases.Cases.problem;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.guichet.cases.Actors;
import fr.guichet.cases.Cases;
import fr.guichet.cases.Partners;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

/** A partner reads its own tasks whole and where the others stand, and changes its own only. Cases of the Nord (59). */
@QuarkusTest
class PartnerTaskTest {

    private static final String LILLE = "59350";
    private static final Supplier<RequestSpecification> STAFF = () -> Actors.correspondant("correspondant-nord", "59");
    private static final Supplier<RequestSpecification> CPAM = () -> Actors.partner("cpam-nord", "CPAM-59");
    private static final Supplier<RequestSpecification> ORDRE = () -> Actors.partner("ordre-nord", "ORDRE-59");

    @BeforeEach
    void organisations() {
        Partners.register("CPAM-59", "CPAM", "59");
        Partners.register("ORDRE-59", "ORDRE", "59");
    }

    private static String aCaseAtTheJointSession() {
        return Partners.aCaseAtTheJointSession(STAFF, LILLE);
    }

    @Test
    void a_partner_records_its_tasks_progress_with_a_note_and_the_pieces_it_asks_for() {
        String id = aCaseAtTheJointSession();

        Partners.changeTask(CPAM.get(), Cases.etag(CPAM.get(), id), id, Partners.taskId(STAFF, id, "CPAM_CONVENTIONNEMENT"),
                Map.of("status", "IN_PROGRESS", "note", "Dossier reçu", "missingPieces", List.of("Relevé d'identité bancaire")))
                .then().statusCode(200)
                .body("status", equalTo("IN_PROGRESS"))
                .body("note", equalTo("Dossier reçu"))
                .body("missingPieces", contains("Relevé d'identité bancaire"))
                .body("lastActor", equalTo("partner:CPAM-59/cpam-nord"));

        STAFF.get().get("/cases/" + id + "/history").then().statusCode(200)
                .body("actor", hasItem("partner:CPAM-59/cpam-nord"));
    }

    @Test
    void a_partner_reads_its_own_tasks_whole_and_only_where_the_others_stand() {
        String id = aCaseAtTheJointSession();
        Partners.changeTask(ORDRE.get(), Cases.etag(STAFF.get(), id), id, Partners.taskId(STAFF, id, "ORDRE_REGISTRATION"),
                Map.of("note", "Casier judiciaire demandé")).then().statusCode(200);

        CPAM.get().get("/cases/" + id + "/tasks").then().statusCode(200)
                .body("find { it.code == 'ORDRE_REGISTRATION' }.ownerOrg", equalTo("ORDRE-59"))
                .body("find { it.code == 'ORDRE_REGISTRATION' }.status", equalTo("TODO"))
                .body("find { it.code == 'ORDRE_REGISTRATION' }.note", nullValue())
                .body("find { it.code == 'ORDRE_REGISTRATION' }.missingPieces", nullValue())
                .body("find { it.code == 'ORDRE_REGISTRATION' }.requiredDocuments", nullValue())
                .body("find { it.code == 'CPAM_CONVENTIONNEMENT' }.requiredDocuments", hasItem("Relevé d'identité bancaire"));
        ORDRE.get().get("/cases/" + id + "/tasks").then().statusCode(200)
                .body("find { it.code == 'ORDRE_REGISTRATION' }.note", equalTo("Casier judiciaire demandé"));
        STAFF.get().get("/cases/" + id + "/history").then().statusCode(200).body("field", hasItem("ORDRE_REGISTRATION.note"));
        CPAM.get().get("/cases/" + id + "/history").then().statusCode(200).body("field", not(hasItem("ORDRE_REGISTRATION.note")));
    }

    @Test
    void a_partner_may_not_change_another_organisations_task() {
        String id = aCaseAtTheJointSession();

        Partners.changeTask(CPAM.get(), Cases.etag(CPAM.get(), id), id, Partners.taskId(STAFF, id, "ORDRE_REGISTRATION"),
                Map.of("status", "DONE")).then().spec(problem(403));
        Partners.changeTask(CPAM.get(), Cases.etag(CPAM.get(), id), id, Partners.taskId(STAFF, id, "RCP_INSURANCE"),
                Map.of("status", "DONE")).then().spec(problem(403));
    }

    @Test
    void a_partner_changes_with_the_etag_it_read() {
        String id = aCaseAtTheJointSession();
        String task = Partners.taskId(STAFF, id, "CPAM_CONVENTIONNEMENT");

        CPAM.get().body(Map.of("status", "IN_PROGRESS")).patch("/cases/" + id + "/tasks/" + task).then().spec(problem(428));
        Partners.changeTask(CPAM.get(), "\"0\"", id, task, Map.of("status", "IN_PROGRESS")).then().spec(problem(412));
    }

    @Test
    void blocking_a_task_needs_a_reason_and_unblocking_clears_it() {
        String id = aCaseAtTheJointSession();
        String task = Partners.taskId(STAFF, id, "CPAM_CONVENTIONNEMENT");

        Partners.changeTask(CPAM.get(), Cases.etag(CPAM.get(), id), id, task, Map.of("status", "BLOCKED"))
                .then().spec(problem(400));
        String etag = Partners.changeTask(CPAM.get(), Cases.etag(CPAM.get(), id), id, task,
                Map.of("status", "BLOCKED", "blockedReason", "RIB illisible")).then().statusCode(200)
                .body("blockedReason", equalTo("RIB illisible")).extract().header("ETag");
        Partners.changeTask(CPAM.get(), etag, id, task, Map.of("status", "IN_PROGRESS")).then().statusCode(200)
                .body("blockedReason", nullValue());
    }

    @Test
    void the_correspondant_still_changes_any_task() {
        String id = aCaseAtTheJointSession();

        Partners.changeTask(STAFF.get(), Cases.etag(STAFF.get(), id), id, Partners.taskId(STAFF, id, "ORDRE_REGISTRATION"),
                Map.of("status", "IN_PROGRESS")).then().statusCode(200);
    }

    @Test
    void a_partner_lists_the_cases_where_it_has_a_task_to_do_the_one_due_first_first() {
        String later = aCaseAtTheJointSession();
        String sooner = aCaseAtTheJointSession();
        String finished = aCaseAtTheJointSession();
        String etag = Partners.changeTask(STAFF.get(), Cases.etag(STAFF.get(), sooner), sooner,
                Partners.taskId(STAFF, sooner, "ORDRE_REGISTRATION"), Map.of("dueDate", "2026-01-05"))
                .then().statusCode(200).extract().header("ETag");
        etag = Cases.etag(STAFF.get(), finished);
        for (String code : List.of("ORDRE_REGISTRATION", "RPPS_CPS", "ON_CALL_DUTY")) {
            etag = Partners.changeTask(ORDRE.get(), etag, finished, Partners.taskId(STAFF, finished, code),
                    Map.of("status", "NOT_APPLICABLE")).then().statusCode(200).extract().header("ETag");
        }

        List<String> mine = ORDRE.get().queryParam("mine", "tasks").queryParam("limit", 100).get("/cases")
                .then().statusCode(200).extract().path("items.id");

        org.hamcrest.MatcherAssert.assertThat(mine.indexOf(sooner), org.hamcrest.Matchers.lessThan(mine.indexOf(later)));
        org.hamcrest.MatcherAssert.assertThat(mine.indexOf(sooner), equalTo(0));
        org.hamcrest.MatcherAssert.assertThat(mine, not(hasItem(finished)));
    }

    @Test
    void only_partners_list_their_tasks() {
        STAFF.get().queryParam("mine", "tasks").get("/cases").then().spec(problem(400));
        ORDRE.get().queryParam("mine", "everything").get("/cases").then().spec(problem(400));
    }
}
