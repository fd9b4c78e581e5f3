package fr.guichet.cases.correction;

import static fr.guichet.cases.Cases.problem;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyIterable;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.guichet.cases.Actors;
import fr.guichet.cases.Cases;
import fr.guichet.cases.Partners;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;

/**
 * Correction requests: the guichet or a task's owner sends a piece back to the professional, who answers; the task
 * waits on the professional meanwhile. Cases of Calvados (14), opened by the doctor Claire.
 */
@QuarkusTest
class CorrectionTest {

    private static final String CAEN = "14118";
    private static final byte[] PDF = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    private static final Supplier<RequestSpecification> STAFF = () -> Actors.correspondant("correspondant-calvados", "14");
    private static final Supplier<RequestSpecification> CPAM = () -> Actors.partner("cpam-caen", "CPAM-14");
    private static final Supplier<RequestSpecification> ORDRE = () -> Actors.partner("ordre-caen", "ORDRE-14");
    private static final String ILLEGIBLE = "Pièce illisible : la page 2 est coupée.";

    @Inject
    AgroalDataSource database;

    @BeforeEach
    void organisations() {
        Partners.register("CPAM-14", "CPAM", "14");
        Partners.register("ORDRE-14", "ORDRE", "14");
    }

    private static String aCaseAtTheJointSession() {
        String id = Cases.create(Actors.claire(), Cases.newCase(null, CAEN));
        Cases.moveThrough(STAFF, id, "QUALIFIED", "PROJECT_DEFINED", "PROCEDURES");
        return id;
    }

    private static String upload(RequestSpecification as, String caseId, String taskId) {
        RequestSpecification request = as.contentType("multipart/form-data").multiPart("file", "piece.pdf", PDF, "application/pdf");
        if (taskId != null) {
            request = request.multiPart("taskId", taskId);
        }
        return request.post("/cases/" + caseId + "/documents").then().statusCode(201).extract().path("id");
    }

    private static Map<String, Object> about(String taskId, String documentId, String reason) {
        Map<String, Object> request = new HashMap<>();
        if (taskId != null) {
            request.put("taskId", taskId);
        }
        if (documentId != null) {
            request.put("documentId", documentId);
        }
        request.put("reason", reason);
        return request;
    }

    private static Response ask(RequestSpecification as, String caseId, Map<String, Object> request) {
        return as.body(request).post("/cases/" + caseId + "/corrections");
    }

    /** Asks, expecting it done; answers the request's id and ETag. */
    private static String[] asked(RequestSpecification as, String caseId, Map<String, Object> request) {
        Response created = ask(as, caseId, request);
        created.then().statusCode(201).body("status", equalTo("OPEN"));
        return new String[] {created.path("id"), created.header("ETag")};
    }

    private static Response step(RequestSpecification as, String caseId, String[] correction, String step, Map<String, Object> body) {
        RequestSpecification request = as.header("If-Match", correction[1]);
        return (body == null ? request : request.body(body)).post("/cases/" + caseId + "/corrections/" + correction[0] + "/" + step);
    }

    private static int awaiting(String caseId, String taskId) {
        return STAFF.get().get("/cases/" + caseId + "/tasks").then().statusCode(200)
                .extract().path("find { it.id == '" + taskId + "' }.awaitingProfessional");
    }

    @Test
    void a_correspondant_asks_the_professional_answers_with_a_new_document_and_the_request_closes() {
        String id = aCaseAtTheJointSession();
        String ordreTask = Partners.taskId(STAFF, id, "ORDRE_REGISTRATION");
        String blurred = upload(Actors.claire(), id, ordreTask);
        Map<String, Object> request = about(null, blurred, ILLEGIBLE);
        request.put("reasonCode", "ILLEGIBLE");
        String[] correction = asked(STAFF.get(), id, request);

        Actors.claire().get("/cases/" + id + "/corrections?status=OPEN").then().statusCode(200)
                .body("id", contains(correction[0])).body("[0].reason", equalTo(ILLEGIBLE))
                .body("[0].reasonCode", equalTo("ILLEGIBLE")).body("[0].documentId", equalTo(blurred))
                .body("[0].taskId", equalTo(ordreTask));
        String readable = upload(Actors.claire(), id, ordreTask);
        step(Actors.claire(), id, correction, "answer", Map.of("documentId", readable)).then().statusCode(200)
                .body("status", equalTo("ANSWERED")).body("answerDocumentId", equalTo(readable))
                .body("answeredBy", equalTo("doctor:claire"));

        Actors.claire().get("/cases/" + id + "/corrections?status=OPEN").then().statusCode(200).body("", emptyIterable());
        STAFF.get().get("/cases/" + id + "/history").then().statusCode(200)
                .body("findAll { it.field == 'ORDRE_REGISTRATION.correction' }.after.status", contains("OPEN", "ANSWERED"))
                .body("findAll { it.field == 'ORDRE_REGISTRATION.correction' }.before", contains(null, "OPEN"))
                .body("findAll { it.field == 'ORDRE_REGISTRATION.correction' }.actor",
                        contains("correspondant:correspondant-calvados", "doctor:claire"))
                .body("findAll { it.field == 'ORDRE_REGISTRATION.correction' }[0].reason", equalTo(ILLEGIBLE));
    }

    @Test
    void the_task_waits_on_the_professional_until_the_request_is_answered_and_again_when_reopened() {
        String id = aCaseAtTheJointSession();
        String cpamTask = Partners.taskId(STAFF, id, "CPAM_CONVENTIONNEMENT");
        assertThat(awaiting(id, cpamTask), equalTo(0));
        String[] correction = asked(CPAM.get(), id, Map.of("taskId", cpamTask, "information", "RIB du cabinet",
                "reasonCode", "EXPIRED", "reason", "Attestation de plus de 3 mois"));
        assertThat(awaiting(id, cpamTask), equalTo(1));
        ORDRE.get().get("/cases/" + id + "/tasks").then().statusCode(200)
                .body("find { it.id == '" + cpamTask + "' }.awaitingProfessional", equalTo(1));

        correction[1] = step(Actors.claire(), id, correction, "answer", Map.of("message", "Voici le nouveau RIB."))
                .then().statusCode(200).extract().header("ETag");
        assertThat(awaiting(id, cpamTask), equalTo(0));
        correction[1] = step(CPAM.get(), id, correction, "reopen", Map.of("reason", "Toujours le RIB de 2024."))
                .then().statusCode(200).body("status", equalTo("OPEN")).body("reopenReason", equalTo("Toujours le RIB de 2024."))
                .extract().header("ETag");
        assertThat(awaiting(id, cpamTask), equalTo(1));
        correction[1] = step(Actors.claire(), id, correction, "answer", Map.of("message", "Le bon, cette fois."))
                .then().statusCode(200).extract().header("ETag");
        step(CPAM.get(), id, correction, "accept", null).then().statusCode(200).body("status", equalTo("ACCEPTED"))
                .body("settledBy", equalTo("partner:CPAM-14/cpam-caen"));
        assertThat(awaiting(id, cpamTask), equalTo(0));
    }

    @Test
    void a_message_answering_a_partner_goes_to_the_thread_where_the_partner_reads_it() {
        String id = aCaseAtTheJointSession();
        String cpamTask = Partners.taskId(STAFF, id, "CPAM_CONVENTIONNEMENT");
        String[] correction = asked(CPAM.get(), id, Map.of("taskId", cpamTask, "information", "Date d'installation",
                "reason", "La date ne correspond pas au bail."));

        String messageId = step(Actors.claire(), id, correction, "answer", Map.of("message", "Le 1er mars, bail corrigé."))
                .then().statusCode(200).extract().path("answerMessageId");

        CPAM.get().get("/cases/" + id + "/messages").then().statusCode(200)
                .body("find { it.id == '" + messageId + "' }.body", equalTo("Le 1er mars, bail corrigé."));
    }

    @Test
    void a_partner_asks_about_its_own_tasks_only() {
        String id = aCaseAtTheJointSession();
        String ordreTask = Partners.taskId(STAFF, id, "ORDRE_REGISTRATION");
        String diploma = upload(Actors.claire(), id, ordreTask);

        ask(CPAM.get(), id, about(ordreTask, diploma, ILLEGIBLE)).then().spec(problem(403));
        ask(CPAM.get(), id, Map.of("information", "RIB", "reason", ILLEGIBLE)).then().spec(problem(400))
                .body("errors.field", hasItem("taskId"));
        asked(ORDRE.get(), id, about(null, diploma, ILLEGIBLE));
    }

    @Test
    void a_case_out_of_sight_is_404_for_partners_and_other_doctors() {
        String id = aCaseAtTheJointSession();
        String[] correction = asked(STAFF.get(), id, Map.of("information", "Adresse du cabinet", "reason", "Incomplète"));
        String elsewhere = Cases.create(Actors.claire(), Cases.newCase(null, Cases.LAON));

        ask(CPAM.get(), elsewhere, Map.of("information", "RIB", "reason", ILLEGIBLE)).then().spec(problem(404));
        Actors.paul().get("/cases/" + id + "/corrections").then().spec(problem(404));
        step(Actors.paul(), id, correction, "answer", Map.of("message", "?")).then().spec(problem(404));
        Actors.claire().get("/cases/" + id + "/corrections/" + UUID.randomUUID()).then().spec(problem(404));
    }

    @Test
    void a_partner_reads_and_settles_only_its_own_requests() {
        String id = aCaseAtTheJointSession();
        String cpamTask = Partners.taskId(STAFF, id, "CPAM_CONVENTIONNEMENT");
        String[] byCpam = asked(CPAM.get(), id, Map.of("taskId", cpamTask, "information", "RIB", "reason", ILLEGIBLE));
        String[] byStaff = asked(STAFF.get(), id, Map.of("taskId", cpamTask, "information", "Bail", "reason", ILLEGIBLE));

        ORDRE.get().get("/cases/" + id + "/corrections").then().statusCode(200).body("", emptyIterable());
        step(ORDRE.get(), id, byCpam, "cancel", null).then().spec(problem(404));
        step(CPAM.get(), id, byStaff, "cancel", null).then().spec(problem(403));
        step(Actors.claire(), id, byCpam, "cancel", null).then().spec(problem(403));
        Actors.claire().body(about(cpamTask, null, ILLEGIBLE)).post("/cases/" + id + "/corrections").then().spec(problem(403));
        step(CPAM.get(), id, byCpam, "cancel", null).then().statusCode(200).body("status", equalTo("CANCELLED"));
    }

    @Test
    void a_request_names_what_to_correct_and_why() {
        String id = aCaseAtTheJointSession();
        String document = upload(Actors.claire(), id, null);

        ask(STAFF.get(), id, Map.of("information", "RIB")).then().spec(problem(400)).body("errors.field", hasItem("reason"));
        ask(STAFF.get(), id, Map.of("reason", ILLEGIBLE)).then().spec(problem(400)).body("errors.field", hasItem("documentId"));
        ask(STAFF.get(), id, Map.of("documentId", document, "information", "RIB", "reason", ILLEGIBLE)).then().spec(problem(400))
                .body("errors.field", hasItem("documentId"));
        ask(STAFF.get(), id, Map.of("documentId", UUID.randomUUID().toString(), "reason", ILLEGIBLE)).then().spec(problem(400))
                .body("errors.field", hasItem("documentId"));
        ask(STAFF.get(), id, Map.of("taskId", UUID.randomUUID().toString(), "information", "RIB", "reason", ILLEGIBLE))
                .then().spec(problem(400)).body("errors.field", hasItem("taskId"));
        ask(STAFF.get(), id, Map.of("information", "RIB", "reason", ILLEGIBLE, "reasonCode", "UGLY")).then().spec(problem(400));
        STAFF.get().get("/cases/" + id + "/corrections?status=DONE").then().spec(problem(400)).body("errors.field", hasItem("status"));
    }

    @Test
    void each_step_starts_where_the_life_cycle_says_and_from_the_version_read() {
        String id = aCaseAtTheJointSession();
        String[] correction = asked(STAFF.get(), id, Map.of("information", "RIB", "reason", ILLEGIBLE));
        String opened = correction[1];

        step(STAFF.get(), id, correction, "accept", null).then().spec(problem(409));
        step(STAFF.get(), id, correction, "reopen", Map.of("reason", "?")).then().spec(problem(409));
        Actors.claire().body(Map.of("message", "Voici.")).post("/cases/" + id + "/corrections/" + correction[0] + "/answer")
                .then().spec(problem(428));
        Actors.claire().header("If-Match", opened).body(Map.of()).post("/cases/" + id + "/corrections/" + correction[0] + "/answer")
                .then().spec(problem(400)).body("errors.field", hasItem("documentId"));
        correction[1] = step(Actors.claire(), id, correction, "answer", Map.of("message", "Voici.")).then().statusCode(200)
                .extract().header("ETag");

        step(Actors.claire(), id, new String[] {correction[0], opened}, "answer", Map.of("message", "Encore")).then().spec(problem(412));
        step(Actors.claire(), id, correction, "answer", Map.of("message", "Encore")).then().spec(problem(409));
        step(STAFF.get(), id, correction, "cancel", null).then().spec(problem(409));
    }

    @Test
    void of_two_answers_sent_at_once_from_the_same_version_one_wins() {
        String id = aCaseAtTheJointSession();
        String[] correction = asked(STAFF.get(), id, Map.of("information", "RIB", "reason", ILLEGIBLE));

        List<Integer> statuses = IntStream.range(0, 2).parallel()
                .mapToObj(i -> step(Actors.claire(), id, correction, "answer", Map.of("message", "Réponse " + i)).statusCode())
                .sorted().toList();

        assertThat(statuses, contains(200, 412));
        Actors.claire().get("/cases/" + id + "/messages").then().statusCode(200).body("", hasSize(1));
    }

    @Test
    void the_internal_note_is_for_the_guichet_only() {
        String id = aCaseAtTheJointSession();
        String cpamTask = Partners.taskId(STAFF, id, "CPAM_CONVENTIONNEMENT");
        Map<String, Object> request = about(cpamTask, null, ILLEGIBLE);
        request.put("information", "RIB");
        request.put("internalNote", "Troisième relance, le docteur semble débordé.");
        String[] correction = asked(STAFF.get(), id, request);

        STAFF.get().get("/cases/" + id + "/corrections/" + correction[0]).then().statusCode(200)
                .body("internalNote", equalTo("Troisième relance, le docteur semble débordé."));
        Actors.claire().get("/cases/" + id + "/corrections/" + correction[0]).then().statusCode(200)
                .body("internalNote", nullValue()).body("reason", equalTo(ILLEGIBLE));
        Actors.claire().get("/cases/" + id + "/history").then().statusCode(200)
                .body(not(containsString("débordé")));
        ask(CPAM.get(), id, request).then().spec(problem(403));
        Actors.claire().get("/privacy/professionals/" + Actors.RPPS_CLAIRE + "/export").then().statusCode(200)
                .body("cases.find { it.caseFile.id == '" + id + "' }.corrections.reason", contains(ILLEGIBLE))
                .body("cases.find { it.caseFile.id == '" + id + "' }.corrections.internalNote", contains((Object) null));
    }

    @Test
    void each_step_is_announced_to_subscribers() throws SQLException {
        String id = aCaseAtTheJointSession();
        String cpamTask = Partners.taskId(STAFF, id, "CPAM_CONVENTIONNEMENT");
        String[] correction = asked(CPAM.get(), id, Map.of("taskId", cpamTask, "information", "RIB", "reason", ILLEGIBLE));
        correction[1] = step(Actors.claire(), id, correction, "answer", Map.of("message", "Voici.")).then().statusCode(200)
                .extract().header("ETag");
        step(CPAM.get(), id, correction, "accept", null).then().statusCode(200);

        assertThat(events(id, "correction.requested"), contains(correction[0] + ">OPEN>CPAM-14"));
        assertThat(events(id, "correction.status_changed"), contains(correction[0] + ">ANSWERED>CPAM-14",
                correction[0] + ">ACCEPTED>CPAM-14"));
        // an organisation at no case's table: it may subscribe to these types, and receives nothing of this test
        Actors.partner("app-corrections", "ORG-CORR-" + UUID.randomUUID().toString().substring(0, 8))
                .body(Map.of("url", "http://127.0.0.1:9/hooks", "eventTypes", List.of("correction.requested",
                        "correction.status_changed"))).post("/webhooks/subscriptions").then().statusCode(201)
                .body("id", notNullValue());
    }

    /** The case's outbox events of a type, oldest first, as correctionId>status>ownerOrg. */
    private List<String> events(String caseId, String type) throws SQLException {
        try (Connection connection = database.getConnection(); PreparedStatement query = connection.prepareStatement(
                "select payload->>'correctionId', payload->>'status', payload->>'ownerOrg' from outbox_event "
                        + "where case_id = ? and type = ? order by id")) {
            query.setObject(1, UUID.fromString(caseId));
            query.setString(2, type);
            List<String> events = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    events.add(rows.getString(1) + ">" + rows.getString(2) + ">" + rows.getString(3));
                }
            }
            return events;
        }
    }
}
