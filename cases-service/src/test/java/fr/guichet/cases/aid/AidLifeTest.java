package fr.guichet.cases.aid;

import static fr.guichet.cases.Actors.occitanie;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import fr.guichet.cases.Actors;
import fr.guichet.cases.Cases;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;

/** A selected aid's own life, from the file sent to the last payment, an early exit or a refusal. */
@QuarkusTest
class AidLifeTest {

    private static final String MONTAGNE = "OCCITANIE_MONTAGNE";

    @Inject
    AgroalDataSource database;

    @Test
    void an_aid_goes_from_filed_to_signed_to_paid_instalments_then_to_a_pro_rata_repayment() throws SQLException {
        String id = aCaseWithTheMountainAid();
        String etag = Cases.etag(occitanie(), id);

        etag = move(id, etag, "FILED", "2027-01-10", null, null).then().statusCode(200)
                .body("status", equalTo("FILED")).body("nextStatuses", contains("SIGNED", "REFUSED")).extract().header("ETag");
        etag = move(id, etag, "SIGNED", "2027-02-01", 5000000L, null).then().statusCode(200)
                .body("agreedCents", equalTo(5000000)).extract().header("ETag");
        etag = move(id, etag, "PAID", "2027-03-01", 2500000L, null).then().statusCode(200).extract().header("ETag");
        etag = move(id, etag, "PAID", "2028-03-01", 2500000L, null).then().statusCode(200)
                .body("paidCents", equalTo(5000000)).extract().header("ETag");
        move(id, etag, "REPAID", "2029-06-30", 3000000L, "Départ anticipé après 2 ans sur 5").then().statusCode(200)
                .body("status", equalTo("REPAID"))
                .body("steps.status", contains("FILED", "SIGNED", "PAID", "PAID", "REPAID"))
                .body("steps[4].amountCents", equalTo(3000000))
                .body("nextStatuses.size()", equalTo(0));

        occitanie().get("/cases/" + id + "/aids").then().body("[0].status", equalTo("REPAID"));
        occitanie().get("/cases/" + id + "/history").then().statusCode(200)
                .body("findAll { it.kind == 'AID_STATUS_CHANGED' }.after.status", contains("FILED", "SIGNED", "PAID", "PAID", "REPAID"))
                .body("find { it.after?.status == 'REPAID' }.reason", containsString("anticipé"));
        assertEquals(List.of("SELECTED>FILED", "FILED>SIGNED", "SIGNED>PAID", "PAID>PAID", "PAID>REPAID"), outboxMoves(id));
    }

    @Test
    void a_funder_refuses_a_file_with_a_reason() {
        String id = aCaseWithTheMountainAid();
        String etag = move(id, Cases.etag(occitanie(), id), "FILED", "2027-01-10", null, null).then().statusCode(200)
                .extract().header("ETag");

        move(id, etag, "REFUSED", "2027-02-15", null, "Commune hors du périmètre").then().statusCode(200)
                .body("status", equalTo("REFUSED")).body("steps[1].reason", equalTo("Commune hors du périmètre"));
    }

    @Test
    void a_move_the_aid_life_does_not_allow_is_refused_with_422() {
        String id = aCaseWithTheMountainAid();

        move(id, Cases.etag(occitanie(), id), "PAID", "2027-03-01", 100000L, null).then().spec(Cases.problem(422))
                .body("detail", containsString("SELECTED and cannot go to PAID"));
        occitanie().get("/cases/" + id + "/aids").then().body("[0].status", equalTo("SELECTED"));
    }

    @Test
    void a_move_missing_what_it_must_state_is_refused_with_400() {
        String id = aCaseWithTheMountainAid();
        String etag = move(id, Cases.etag(occitanie(), id), "FILED", "2027-01-10", null, null).then().statusCode(200)
                .extract().header("ETag");

        move(id, etag, "SIGNED", "2027-02-01", null, null).then().spec(Cases.problem(400))
                .body("errors.field", hasItem("amountCents"));
        move(id, etag, "REFUSED", "2027-02-01", null, null).then().spec(Cases.problem(400))
                .body("errors.field", hasItem("reason"));
        move(id, etag, "SIGNED", null, 100L, null).then().spec(Cases.problem(400)).body("errors.field", hasItem("date"));
    }

    @Test
    void an_aid_not_selected_on_the_case_is_404() {
        String id = aCaseWithTheMountainAid();

        move(id, Cases.etag(occitanie(), id), "FILED", "2027-01-10", null, null).then().statusCode(200);
        occitanie().header("If-Match", Cases.etag(occitanie(), id)).body(Map.of("to", "FILED", "date", "2027-01-10"))
                .post("/cases/" + id + "/aids/CAIM/events").then().spec(Cases.problem(404));
    }

    @Test
    void a_move_without_if_match_is_428() {
        String id = aCaseWithTheMountainAid();

        occitanie().body(Map.of("to", "FILED", "date", "2027-01-10")).post("/cases/" + id + "/aids/" + MONTAGNE + "/events")
                .then().spec(Cases.problem(428));
    }

    private static String aCaseWithTheMountainAid() {
        String id = Cases.create(occitanie(), Cases.newCase(Actors.RPPS_CLAIRE, Cases.MENDE));
        occitanie().header("If-Match", Cases.etag(occitanie(), id)).body(Map.of("code", MONTAGNE)).post("/cases/" + id + "/aids")
                .then().statusCode(201);
        return id;
    }

    static Response move(String id, String etag, String to, String date, Long amountCents, String reason) {
        Map<String, Object> body = new HashMap<>();
        body.put("to", to);
        if (date != null) {
            body.put("date", date);
        }
        if (amountCents != null) {
            body.put("amountCents", amountCents);
        }
        if (reason != null) {
            body.put("reason", reason);
        }
        return occitanie().header("If-Match", etag).body(body).post("/cases/" + id + "/aids/" + MONTAGNE + "/events");
    }

    private List<String> outboxMoves(String caseId) throws SQLException {
        try (Connection connection = database.getConnection();
                PreparedStatement query = connection.prepareStatement("""
                        select payload ->> 'from', payload ->> 'to' from outbox_event
                        where case_id = ? and type = 'aid.status_changed' order by id""")) {
            query.setObject(1, UUID.fromString(caseId));
            List<String> moves = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    moves.add(rows.getString(1) + ">" + rows.getString(2));
                }
            }
            return moves;
        }
    }
}
