package fr.guichet.aids.catalogue;

import static fr.guichet.aids.catalogue.AidFixtures.NEXT_START;
import static fr.guichet.aids.catalogue.AidFixtures.START;
import static fr.guichet.aids.catalogue.AidFixtures.asAdmin;
import static fr.guichet.aids.catalogue.AidFixtures.create;
import static fr.guichet.aids.catalogue.AidFixtures.createdAid;
import static fr.guichet.aids.catalogue.AidFixtures.definition;
import static fr.guichet.aids.catalogue.AidFixtures.draft;
import static fr.guichet.aids.catalogue.AidFixtures.publish;
import static fr.guichet.aids.catalogue.AidFixtures.retire;
import static fr.guichet.aids.catalogue.AidFixtures.uniqueCode;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

import fr.guichet.aids.eligibility.Projects;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;

/**
 * Simulations read the catalogue from memory, and a catalogue write is seen by the very next simulation.
 * The aids written here are Loir-et-Cher aids from 2030 (see {@link AidFixtures}), simulated in Blois.
 */
@QuarkusTest
class CatalogueSnapshotTest {

    private static final String BLOIS = "41018";

    @Inject
    SessionFactory sessionFactory;

    private static ValidatableResponse simulateInBlois(String plannedStart) {
        return given().contentType(ContentType.JSON).body(Projects.project(BLOIS, "INSTALLING", plannedStart))
                .when().post("/eligibility")
                .then().statusCode(200);
    }

    private long statementsPrepared() {
        return sessionFactory.getStatistics().getPrepareStatementCount();
    }

    @Test
    void a_second_simulation_does_not_touch_the_database() {
        simulateInBlois("2030-06-01");
        long before = statementsPrepared();

        simulateInBlois("2030-06-01");

        assertEquals(before, statementsPrepared());
    }

    @Test
    void a_created_aid_is_simulated_at_once() {
        String code = uniqueCode("SNAPSHOT_CREATED");
        simulateInBlois("2030-06-01").body("aids.code", not(hasItem(code)));

        create(draft(code, START)).statusCode(201);

        simulateInBlois("2030-06-01").body("aids.find { it.code == '" + code + "' }.status", equalTo("ELIGIBLE"));
    }

    @Test
    void a_new_version_is_simulated_at_once() {
        String code = createdAid("SNAPSHOT_VERSION");
        simulateInBlois(NEXT_START).body("aids.find { it.code == '" + code + "' }.versionNumber", equalTo(1));

        Map<String, Object> definition = definition();
        definition.put("amount", Map.of("kind", "ONE_OFF", "amountCents", 500_000, "monthsAfterStart", 0));
        publish(asAdmin(), code, draft(code, NEXT_START, definition)).statusCode(201);

        simulateInBlois(NEXT_START)
                .body("aids.find { it.code == '" + code + "' }.versionNumber", equalTo(2))
                .body("aids.find { it.code == '" + code + "' }.schedule.totalCents", equalTo(500_000));
    }

    @Test
    void a_retired_aid_leaves_the_simulation_at_once() {
        String code = createdAid("SNAPSHOT_RETIRED");
        simulateInBlois("2031-06-01").body("aids.code", hasItem(code));

        retire(code, Map.of("effectiveFrom", "2031-01-01", "reason", "Fin du dispositif")).statusCode(200);

        simulateInBlois("2031-06-01").body("aids.code", not(hasItem(code)));
    }
}
