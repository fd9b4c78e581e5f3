package fr.guichet.cases.outbox;

import static fr.guichet.cases.Actors.aisne;
import static fr.guichet.cases.Actors.claire;
import static fr.guichet.cases.Actors.occitanie;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import fr.guichet.cases.Cases;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/** Every change others may care about writes its event in the same transaction; a refused change writes none. */
@QuarkusTest
class OutboxEventTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    AgroalDataSource database;

    /** The case's events of one type, oldest first, each as the given payload fields joined by ">". */
    private List<String> events(String caseId, String type, String... fields) throws SQLException {
        try (Connection connection = database.getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "select payload from outbox_event where case_id = ? and type = ? order by id")) {
            query.setObject(1, UUID.fromString(caseId));
            query.setString(2, type);
            List<String> events = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    Map<?, ?> payload = JSON.readValue(rows.getString(1), Map.class);
                    events.add(String.join(">", Arrays.stream(fields).map(f -> String.valueOf(payload.get(f))).toList()));
                }
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
            return events;
        }
    }

    private List<String> statusChanges(String caseId) throws SQLException {
        return events(caseId, "case.status_changed", "from", "to");
    }

    @Test
    void a_new_case_writes_a_case_created_event() throws SQLException {
        String id = Cases.create(claire(), Cases.newCase(null, Cases.MENDE));

        assertThat(events(id, "case.created", "status"), contains("RECEIVED"));
    }

    @Test
    void a_status_change_writes_a_case_status_changed_event() throws SQLException {
        String id = Cases.create(claire(), Cases.newCase(null, Cases.MENDE));

        Cases.move(occitanie(), id, Cases.etag(occitanie(), id), "QUALIFIED").then().statusCode(200);

        assertThat(statusChanges(id), contains("RECEIVED>QUALIFIED"));
    }

    @Test
    void each_status_change_writes_its_own_event() throws SQLException {
        String id = Cases.create(claire(), Cases.newCase(null, Cases.MENDE));
        String etag = Cases.move(occitanie(), id, Cases.etag(occitanie(), id), "QUALIFIED").then().statusCode(200)
                .extract().header("ETag");

        Cases.move(occitanie(), id, etag, "PROJECT_DEFINED").then().statusCode(200);

        assertThat(statusChanges(id), contains("RECEIVED>QUALIFIED", "QUALIFIED>PROJECT_DEFINED"));
    }

    @Test
    void a_refused_transition_writes_no_event() throws SQLException {
        String id = Cases.create(claire(), Cases.newCase(null, Cases.MENDE));
        String etag = Cases.etag(occitanie(), id);

        Cases.move(occitanie(), id, etag, "INSTALLED").then().statusCode(422);
        Cases.move(occitanie(), id, "\"999\"", "QUALIFIED").then().statusCode(412);

        assertThat(statusChanges(id), empty());
    }

    @Test
    void a_message_writes_a_message_posted_event_and_an_internal_note_none() throws SQLException {
        String id = Cases.create(claire(), Cases.newCase(null, Cases.LAON));

        aisne().body(Map.of("body", "Semble hésiter avec un poste salarié.", "internal", true))
                .post("/cases/" + id + "/messages").then().statusCode(201);
        claire().body(Map.of("body", "Bonjour, où en est mon dossier ?")).post("/cases/" + id + "/messages")
                .then().statusCode(201);

        assertThat(events(id, "message.posted", "authorRole"), contains("DOCTOR"));
    }

    @Test
    void messages_posted_at_once_on_one_case_all_commit_each_with_its_event() throws SQLException {
        String id = Cases.create(claire(), Cases.newCase(null, Cases.LAON));

        List<Integer> statuses = IntStream.range(0, 16).parallel()
                .mapToObj(i -> aisne().body(Map.of("body", "Message " + i)).post("/cases/" + id + "/messages").statusCode())
                .toList();

        assertThat(statuses, everyItem(equalTo(201)));
        assertThat(events(id, "message.posted", "authorRole"), hasSize(16));
    }

    @Test
    void a_document_writes_a_document_added_event() throws SQLException {
        String id = Cases.create(claire(), Cases.newCase(null, Cases.LAON));

        String documentId = claire().contentType("multipart/form-data")
                .multiPart("file", "diplome.pdf", "%PDF-1.4\n%%EOF\n".getBytes(), "application/pdf")
                .post("/cases/" + id + "/documents").then().statusCode(201).extract().path("id");

        assertThat(events(id, "document.added", "documentId", "mediaType"), contains(documentId + ">application/pdf"));
    }
}
