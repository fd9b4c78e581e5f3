package fr.guichet.cases.casefile;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import fr.guichet.cases.Actors;
import fr.guichet.cases.Cases;
import fr.guichet.testsupport.MovableClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;

/**
 * Business dates are French dates: at 23:30 UTC on 31 December it is already New Year's Day in Paris, and
 * the case reference, the list's date filters and the indicators all say so. Corsica (2A) is this class's
 * own department, so that no other test's cases fall in its periods.
 */
@QuarkusTest
class FrenchDatesTest {

    private static final String AJACCIO = "2A004";

    @Inject
    MovableClock clock;

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    private static RequestSpecification corsica() {
        return Actors.correspondant("correspondant-corse", "2A");
    }

    @Test
    void a_case_filed_at_half_past_midnight_in_paris_belongs_to_the_new_year_everywhere() {
        clock.set(Instant.parse("2025-12-31T23:30:00Z"));
        String id = Cases.create(corsica(), Cases.newCase(Actors.RPPS_PAUL, AJACCIO));

        corsica().get("/cases/" + id).then().statusCode(200).body("reference", containsString("-2026-"));

        corsica().queryParam("createdFrom", "2026-01-01").get("/cases").then().statusCode(200).body("items.id", hasItem(id));
        corsica().queryParam("createdTo", "2025-12-31").get("/cases").then().statusCode(200).body("items.id", not(hasItem(id)));

        received("2026-01-01", "2026-01-01").then().statusCode(200).body("total.received", equalTo(1));
        received("2025-12-31", "2025-12-31").then().statusCode(200).body("total.received", equalTo(0));
        corsica().accept(ContentType.JSON).get("/cases/indicators").then().statusCode(200)
                .body("from", equalTo("2026-01-01"))
                .body("total.received", equalTo(1));
    }

    private static Response received(String from, String to) {
        return corsica().accept(ContentType.JSON).queryParams(Map.of("from", from, "to", to)).get("/cases/indicators");
    }
}
