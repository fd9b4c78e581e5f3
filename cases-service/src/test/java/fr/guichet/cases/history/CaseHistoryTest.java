package fr.guichet.cases.history;

import static fr.guichet.cases.Actors.claire;
import static fr.guichet.cases.Actors.occitanie;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import fr.guichet.cases.Actors;
import fr.guichet.cases.Cases;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

/** Every change of a case is in its history, with who and when; nobody can alter it; staff notes stay staff-only. */
@QuarkusTest
class CaseHistoryTest {

    private static final String OCCITANIE_ACTOR = "correspondant:correspondant-occitanie";

    private static JsonPath history(RequestSpecification as, String id) {
        return as.get("/cases/" + id + "/history").then().statusCode(200).extract().jsonPath();
    }

    /** The history entry of that kind, last of them. */
    private static Map<String, Object> last(JsonPath history, String kind) {
        List<Map<String, Object>> entries = history.getList("findAll { it.kind == '" + kind + "' }");
        assertThat(kind + " is in the history", entries.isEmpty(), equalTo(false));
        return entries.get(entries.size() - 1);
    }

    private static void isRecent(Object occurredAt) {
        assertThat(occurredAt, notNullValue());
        Instant at = Instant.parse((String) occurredAt);
        assertThat(at, lessThan(Instant.now().plusSeconds(5)));
        assertThat(at.isAfter(Instant.now().minusSeconds(300)), equalTo(true));
    }

    @Test
    void the_creation_is_recorded_with_its_actor_and_instant() {
        String id = Cases.create(claire(), Cases.newCase(null, Cases.MENDE));
        String reference = claire().get("/cases/" + id).then().extract().path("reference");

        Map<String, Object> created = last(history(claire(), id), "CREATED");

        assertThat(created.get("actor"), equalTo("doctor:claire"));
        isRecent(created.get("occurredAt"));
        assertThat(((Map<?, ?>) created.get("after")).get("reference"), equalTo(reference));
    }

    @Test
    void a_field_change_is_recorded_with_its_before_and_after() {
        String id = Cases.create(claire(), Cases.newCase(null, Cases.MENDE));

        occitanie().header("If-Match", Cases.etag(occitanie(), id)).body(Map.of("practiceMode", "MIXED"))
                .patch("/cases/" + id).then().statusCode(200);

        Map<String, Object> change = last(history(occitanie(), id), "FIELD_CHANGED");
        assertThat(change.get("field"), equalTo("practiceMode"));
        assertThat(change.get("before"), equalTo("LIBERAL"));
        assertThat(change.get("after"), equalTo("MIXED"));
        assertThat(change.get("actor"), equalTo(OCCITANIE_ACTOR));
        isRecent(change.get("occurredAt"));
    }

    @Test
    void a_field_sent_with_its_current_value_is_not_a_change() {
        String id = Cases.create(claire(), Cases.newCase(null, Cases.MENDE));
        int before = history(occitanie(), id).getList("$").size();

        String etag = Cases.etag(occitanie(), id);

        occitanie().header("If-Match", etag).body(Map.of("practiceMode", "LIBERAL"))
                .patch("/cases/" + id).then().statusCode(200).header("ETag", equalTo(etag));

        assertThat(history(occitanie(), id).getList("$").size(), equalTo(before));
        assertThat("no new version", Cases.etag(occitanie(), id), equalTo(etag));
    }

    @Test
    void a_change_naming_no_field_is_refused_and_writes_nothing() {
        String id = Cases.create(claire(), Cases.newCase(null, Cases.MENDE));
        String etag = Cases.etag(occitanie(), id);

        occitanie().header("If-Match", etag).body(Map.of())
                .patch("/cases/" + id).then().statusCode(400).contentType("application/problem+json")
                .body("detail", equalTo("The request names no field to change."));

        assertThat(Cases.etag(occitanie(), id), equalTo(etag));
    }

    @Test
    void an_assignment_is_recorded_with_the_previous_and_new_assignee() {
        String id = Cases.create(claire(), Cases.newCase(null, Cases.MENDE));

        occitanie().header("If-Match", Cases.etag(occitanie(), id)).body(Map.of("assignee", "marie"))
                .put("/cases/" + id + "/assignee").then().statusCode(200);

        Map<String, Object> assigned = last(history(occitanie(), id), "ASSIGNED");
        assertThat(assigned.get("before"), nullValue());
        assertThat(assigned.get("after"), equalTo("marie"));
        assertThat(assigned.get("actor"), equalTo(OCCITANIE_ACTOR));
        isRecent(assigned.get("occurredAt"));
    }

    @Test
    void a_status_change_is_recorded_with_its_reason() {
        String id = Cases.create(claire(), Cases.newCase(null, Cases.MENDE));

        occitanie().header("If-Match", Cases.etag(occitanie(), id))
                .body(Map.of("to", "QUALIFIED", "reason", "Premier entretien le 12 mars"))
                .post("/cases/" + id + "/transitions").then().statusCode(200);

        Map<String, Object> moved = last(history(claire(), id), "STATUS_CHANGED");
        assertThat(moved.get("before"), equalTo("RECEIVED"));
        assertThat(moved.get("after"), equalTo("QUALIFIED"));
        assertThat(moved.get("reason"), equalTo("Premier entretien le 12 mars"));
        assertThat(moved.get("actor"), equalTo(OCCITANIE_ACTOR));
        isRecent(moved.get("occurredAt"));
    }

    @Test
    void the_history_lists_changes_oldest_first() {
        String id = Cases.create(claire(), Cases.newCase(null, Cases.MENDE));
        String etag = occitanie().header("If-Match", Cases.etag(occitanie(), id)).body(Map.of("daysPerWeek", 3))
                .patch("/cases/" + id).then().statusCode(200).extract().header("ETag");
        etag = occitanie().header("If-Match", etag).body(Map.of("assignee", "marie"))
                .put("/cases/" + id + "/assignee").then().statusCode(200).extract().header("ETag");
        Cases.move(occitanie(), id, etag, "QUALIFIED").then().statusCode(200);

        assertThat(history(occitanie(), id).getList("kind"),
                contains("CREATED", "FIELD_CHANGED", "ASSIGNED", "STATUS_CHANGED"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"POST", "PUT", "PATCH", "DELETE"})
    void no_request_alters_the_history(String method) {
        String id = Cases.create(claire(), Cases.newCase(null, Cases.MENDE));
        List<Object> before = history(occitanie(), id).getList("$");

        int status = occitanie().header("If-Match", Cases.etag(occitanie(), id))
                .body(Map.of("kind", "CREATED", "actor", "someone")).request(method, "/cases/" + id + "/history")
                .then().contentType("application/problem+json").extract().statusCode();

        assertThat("no such operation: 404 or 405", status, anyOf(equalTo(404), equalTo(405)));
        assertThat(history(occitanie(), id).getList("$"), equalTo(before));
    }

    @Test
    void a_doctor_does_not_see_the_internal_notes_of_staff_in_their_history() {
        String id = Cases.create(claire(), Cases.newCase(null, Cases.MENDE));
        occitanie().body(Map.of("body", "Dossier à prioriser", "internal", true)).post("/cases/" + id + "/messages")
                .then().statusCode(201);

        assertThat(history(claire(), id).getList("field"), not(hasItem("internalNote")));
        assertThat(history(occitanie(), id).getList("field"), hasItem("internalNote"));
    }

    @Test
    void a_doctor_sees_the_messages_of_their_thread_in_their_history() {
        String id = Cases.create(claire(), Cases.newCase(null, Cases.MENDE));
        occitanie().body(Map.of("body", "Pouvez-vous envoyer le bail ?")).post("/cases/" + id + "/messages")
                .then().statusCode(201);

        assertThat(history(claire(), id).getList("kind"), hasItem("MESSAGE_POSTED"));
    }

    @Test
    void a_partner_does_not_see_the_internal_notes_of_staff_either() {
        String client = "partner-" + System.nanoTime();
        String id = Cases.createAsPartner(client, "key-" + System.nanoTime(), Cases.newCase(Actors.RPPS_PAUL, Cases.MENDE))
                .then().statusCode(201).extract().path("id");
        occitanie().body(Map.of("body", "Dossier à prioriser", "internal", true)).post("/cases/" + id + "/messages")
                .then().statusCode(201);

        assertThat(history(Actors.partner(client), id).getList("field"), not(hasItem("internalNote")));
    }
}
