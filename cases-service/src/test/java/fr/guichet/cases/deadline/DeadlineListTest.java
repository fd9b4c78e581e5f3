package fr.guichet.cases.deadline;

import static fr.guichet.cases.Cases.problem;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.time.Instant;
import java.util.ArrayList;
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
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;

/**
 * What is late and what is due soon, for the correspondants of the Yonne (89) and the partners that own the tasks
 * there. The joint session is held on 4 January 2027: the Ordre's registration is due 90 days later, on 4 April.
 */
@QuarkusTest
class DeadlineListTest {

    private static final String AUXERRE = "89024";
    private static final Supplier<RequestSpecification> STAFF = () -> Actors.correspondant("correspondant-yonne", "89");
    private static final Supplier<RequestSpecification> OTHER_STAFF = () -> Actors.correspondant("remplacant-yonne", "89");
    private static final Supplier<RequestSpecification> ORDRE = () -> Actors.partner("ordre-89", "ORDRE-89");
    private static final Supplier<RequestSpecification> CPAM = () -> Actors.partner("cpam-89", "CPAM-89");

    @Inject
    MovableClock clock;

    @BeforeEach
    void organisations() {
        Partners.register("ORDRE-89", "ORDRE", "89");
        Partners.register("CPAM-89", "CPAM", "89");
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private String aCaseAtTheJointSessionOn(String day) {
        clock.set(Instant.parse(day + "T09:00:00Z"));
        return Partners.aCaseAtTheJointSession(STAFF, AUXERRE);
    }

    private static String reference(String caseId) {
        return STAFF.get().get("/cases/" + caseId).then().statusCode(200).extract().path("reference");
    }

    @Test
    void the_ordre_task_past_its_due_date_is_overdue_for_the_correspondant() {
        String id = aCaseAtTheJointSessionOn("2027-01-04");
        clock.set(Instant.parse("2027-04-05T09:00:00Z"));

        STAFF.get().queryParam("limit", 100).get("/deadlines/overdue").then().statusCode(200)
                .body("items.findAll { it.caseId == '" + id + "' }.code", hasItem("ORDRE_REGISTRATION"))
                .body("items.find { it.caseId == '" + id + "' && it.code == 'ORDRE_REGISTRATION' }.dueDate", equalTo("2027-04-04"))
                .body("items.find { it.caseId == '" + id + "' && it.code == 'ORDRE_REGISTRATION' }.ownerOrg", equalTo("ORDRE-89"))
                .body("items.find { it.caseId == '" + id + "' && it.code == 'ORDRE_REGISTRATION' }.caseReference",
                        equalTo(reference(id)));
    }

    @Test
    void a_task_due_within_seven_days_is_due_soon_and_not_yet_overdue() {
        String id = aCaseAtTheJointSessionOn("2027-01-05");
        clock.set(Instant.parse("2027-03-30T09:00:00Z"));

        STAFF.get().queryParam("limit", 100).get("/deadlines/due-soon").then().statusCode(200)
                .body("items.findAll { it.caseId == '" + id + "' }.code", hasItem("ORDRE_REGISTRATION"));
        STAFF.get().queryParam("limit", 100).get("/deadlines/overdue").then().statusCode(200)
                .body("items.findAll { it.caseId == '" + id + "' }.code", not(hasItem("ORDRE_REGISTRATION")));
    }

    @Test
    void the_lists_are_sorted_by_due_date_and_paged() {
        aCaseAtTheJointSessionOn("2027-01-06");
        clock.set(Instant.parse("2027-12-31T09:00:00Z"));

        JsonPath first = STAFF.get().queryParam("limit", 2).get("/deadlines/overdue").then().statusCode(200)
                .body("items", hasSize(2)).body("nextCursor", notNullValue()).extract().jsonPath();
        JsonPath second = STAFF.get().queryParam("limit", 2).queryParam("cursor", first.getString("nextCursor"))
                .get("/deadlines/overdue").then().statusCode(200).body("items", not(empty())).extract().jsonPath();

        List<String> dueDates = new ArrayList<>(first.getList("items.dueDate"));
        dueDates.addAll(second.getList("items.dueDate"));
        assertEquals(dueDates.stream().sorted().toList(), dueDates);
        assertTrue(Collections.disjoint(first.getList("items.taskId"), second.getList("items.taskId")));
    }

    @Test
    void a_partner_sees_only_the_tasks_its_organisation_owns() {
        String id = aCaseAtTheJointSessionOn("2027-01-07");
        clock.set(Instant.parse("2027-12-31T09:00:00Z"));

        ORDRE.get().queryParam("limit", 100).get("/deadlines/overdue").then().statusCode(200)
                .body("items.ownerOrg", everyItem(equalTo("ORDRE-89")))
                .body("items.findAll { it.caseId == '" + id + "' }.code", hasItem("ORDRE_REGISTRATION"));
        CPAM.get().queryParam("limit", 100).get("/deadlines/overdue").then().statusCode(200)
                .body("items.ownerOrg", everyItem(equalTo("CPAM-89")))
                .body("items.findAll { it.caseId == '" + id + "' }.code", not(hasItem("ORDRE_REGISTRATION")));
    }

    @Test
    void mine_lists_only_the_cases_assigned_to_the_correspondant() {
        String id = aCaseAtTheJointSessionOn("2027-01-08");
        clock.set(Instant.parse("2027-12-31T09:00:00Z"));

        STAFF.get().queryParam("mine", true).queryParam("limit", 100).get("/deadlines/overdue").then().statusCode(200)
                .body("items.caseId", hasItem(id))
                .body("items.assignee", everyItem(equalTo("correspondant-yonne")));
        OTHER_STAFF.get().queryParam("mine", true).get("/deadlines/overdue").then().statusCode(200)
                .body("items", empty());
        OTHER_STAFF.get().queryParam("limit", 100).get("/deadlines/overdue").then().statusCode(200)
                .body("items.caseId", hasItem(id));
    }

    @Test
    void the_tasks_of_an_abandoned_case_are_late_no_more() {
        String id = aCaseAtTheJointSessionOn("2027-01-11");
        clock.set(Instant.parse("2027-12-31T09:00:00Z"));
        STAFF.get().header("If-Match", Cases.etag(STAFF.get(), id)).body(Map.of("to", "ABANDONED", "reason", "Projet reporté"))
                .post("/cases/" + id + "/transitions").then().statusCode(200);

        STAFF.get().queryParam("limit", 100).get("/deadlines/overdue").then().statusCode(200)
                .body("items.caseId", not(hasItem(id)));
    }

    @Test
    void the_case_list_counts_each_case_s_overdue_tasks() {
        String id = aCaseAtTheJointSessionOn("2027-01-12");
        STAFF.get().queryParam("department", "89").queryParam("limit", 100).get("/cases").then().statusCode(200)
                .body("items.find { it.id == '" + id + "' }.overdueTasks", equalTo(0));

        clock.set(Instant.parse("2027-04-13T09:00:00Z"));
        STAFF.get().queryParam("department", "89").queryParam("limit", 100).get("/cases").then().statusCode(200)
                .body("items.find { it.id == '" + id + "' }.overdueTasks", equalTo(expectedOverdueOn(id, "2027-04-13")));
    }

    /** The case's unfinished tasks due before that day, as its task list says. */
    private static int expectedOverdueOn(String caseId, String day) {
        List<Map<String, Object>> tasks = STAFF.get().get("/cases/" + caseId + "/tasks").then().statusCode(200).extract().path("$");
        int count = (int) tasks.stream().filter(t -> !(Boolean) t.get("finished") && t.get("dueDate") != null
                && ((String) t.get("dueDate")).compareTo(day) < 0).count();
        assertTrue(count > 0, "the Ordre's registration at least is late");
        return count;
    }

    @Test
    void mine_is_for_correspondants() {
        ORDRE.get().queryParam("mine", true).get("/deadlines/overdue").then().spec(problem(400));
    }

    @Test
    void a_doctor_has_no_deadline_list() {
        Actors.claire().get("/deadlines/overdue").then().spec(problem(403));
    }

    @Test
    void a_forged_cursor_is_refused() {
        STAFF.get().queryParam("cursor", "bm90LWEtY3Vyc29y").get("/deadlines/due-soon").then().spec(problem(400))
                .body("errors[0].field", equalTo("cursor"));
    }

    @Test
    void an_empty_list_has_no_next_page() {
        Actors.correspondant("nobody", "2B").get("/deadlines/overdue").then().statusCode(200)
                .body("items", empty()).body("nextCursor", nullValue());
    }
}
