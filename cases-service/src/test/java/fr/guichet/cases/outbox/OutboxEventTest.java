package fr.guichet.cases.outbox;

import static fr.guichet.cases.Actors.claire;
import static fr.guichet.cases.Actors.occitanie;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import fr.guichet.cases.Cases;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/** Every status change writes its event in the same transaction; a refused change writes none. */
@QuarkusTest
class OutboxEventTest {

    @Inject
    AgroalDataSource database;

    /** The case's status-change events, oldest first, as "from>to", read straight from the outbox table. */
    private List<String> statusChanges(String caseId) throws SQLException {
        try (Connection connection = database.getConnection();
                PreparedStatement query = connection.prepareStatement("""
                        select payload ->> 'from', payload ->> 'to' from outbox_event
                        where case_id = ? and type = 'case.status-changed' and published_at is null order by id""")) {
            query.setObject(1, UUID.fromString(caseId));
            List<String> events = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    events.add(rows.getString(1) + ">" + rows.getString(2));
                }
            }
            return events;
        }
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
}
