package fr.guichet.aids.catalogue;

import static fr.guichet.aids.Problems.problem;
import static fr.guichet.aids.catalogue.AidFixtures.NEXT_START;
import static fr.guichet.aids.catalogue.AidFixtures.START;
import static fr.guichet.aids.catalogue.AidFixtures.aidAsOf;
import static fr.guichet.aids.catalogue.AidFixtures.asAdmin;
import static fr.guichet.aids.catalogue.AidFixtures.asDoctor;
import static fr.guichet.aids.catalogue.AidFixtures.assertNoSuchAid;
import static fr.guichet.aids.catalogue.AidFixtures.assertOnlyTheFirstVersion;
import static fr.guichet.aids.catalogue.AidFixtures.createdAid;
import static fr.guichet.aids.catalogue.AidFixtures.definition;
import static fr.guichet.aids.catalogue.AidFixtures.draft;
import static fr.guichet.aids.catalogue.AidFixtures.publish;
import static fr.guichet.aids.catalogue.AidFixtures.retire;
import static fr.guichet.aids.catalogue.AidFixtures.uniqueCode;
import static fr.guichet.aids.catalogue.AidFixtures.versionsOf;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/** Publishing later versions of an aid, each read on its own dates, and retiring the aid. */
@QuarkusTest
class AidVersionsAndRetirementTest {

    private static final String RETIREMENT = "2032-01-01";

    private static ValidatableResponse listedAsOf(String asOf) {
        return given().queryParam("asOf", asOf).queryParam("funder", "DEPARTMENT").queryParam("limit", 100)
                .when().get("/aids")
                .then().statusCode(200);
    }

    /** The aid kept its one version, closed the day before {@link #RETIREMENT}, with the reason given. */
    private static void assertRetiredWithItsOnlyVersion(String code, String reason) {
        versionsOf(code).statusCode(200)
                .body("$", hasSize(1))
                .body("[0].validTo", equalTo("2031-12-31"))
                .body("[0].retirement.reason", equalTo(reason));
    }

    @Test
    void publishing_a_version_closes_the_previous_one_the_day_before() {
        String code = createdAid("PUBLISHED");
        Map<String, Object> next = draft(code, NEXT_START);
        next.remove("code");
        publish(asAdmin(), code, next).statusCode(201)
                .body("versionNumber", equalTo(2))
                .body("validFrom", equalTo(NEXT_START))
                .body("publishedBy", equalTo("admin"));

        versionsOf(code).statusCode(200)
                .body("versionNumber", contains(1, 2))
                .body("validFrom", contains(START, NEXT_START))
                .body("validTo", contains("2030-12-31", null));
    }

    @Test
    void each_version_is_read_on_its_own_dates() {
        String code = createdAid("DATED");
        Map<String, Object> definition = definition();
        definition.put("amount", Map.of("kind", "ONE_OFF", "amountCents", 500_000, "monthsAfterStart", 0));
        publish(asAdmin(), code, draft(code, NEXT_START, definition)).statusCode(201);

        aidAsOf(code, "2030-12-31").statusCode(200)
                .body("versionNumber", equalTo(1))
                .body("definition.amount.amountCents", equalTo(300_000));
        aidAsOf(code, NEXT_START).statusCode(200)
                .body("versionNumber", equalTo(2))
                .body("definition.amount.amountCents", equalTo(500_000));
    }

    @Test
    void a_new_version_must_start_after_the_latest_one() {
        String code = createdAid("NOT_AFTER");
        publish(asAdmin(), code, draft(code, START)).spec(problem(409));
        publish(asAdmin(), code, draft(code, "2029-06-01")).spec(problem(409));
        assertOnlyTheFirstVersion(code);
    }

    @Test
    void a_version_naming_another_code_than_the_path_is_400() {
        String code = createdAid("OTHER_CODE");
        publish(asAdmin(), code, draft("CAIM", NEXT_START)).spec(problem(400))
                .body("errors.field", contains("code"));
        assertOnlyTheFirstVersion(code);
    }

    @Test
    void a_doctor_cannot_publish_a_version() {
        String code = createdAid("DOCTOR_PUBLISH");
        publish(asDoctor(), code, draft(code, NEXT_START)).spec(problem(403));
        assertOnlyTheFirstVersion(code);
    }

    @Test
    void publishing_a_version_of_an_unknown_aid_is_404() {
        String code = uniqueCode("NEVER_CREATED");
        publish(asAdmin(), code, draft(code, NEXT_START)).spec(problem(404));
        assertNoSuchAid(code);
    }

    @Test
    void a_retired_aid_is_no_longer_in_force_from_the_retirement_date() {
        String code = createdAid("RETIRED");
        retire(code, Map.of("effectiveFrom", RETIREMENT, "reason", "Dispositif supprimé par le Département"))
                .statusCode(200)
                .body("validTo", equalTo("2031-12-31"))
                .body("retirement.by", equalTo("admin"))
                .body("retirement.reason", equalTo("Dispositif supprimé par le Département"));

        aidAsOf(code, RETIREMENT).spec(problem(404));
        aidAsOf(code, "2031-12-31").statusCode(200)
                .body("retirement.at", notNullValue());
    }

    @Test
    void a_retired_aid_leaves_the_list_but_keeps_its_versions() {
        String code = createdAid("RETIRED_LIST");
        retire(code, Map.of("effectiveFrom", RETIREMENT, "reason", "Fin du dispositif")).statusCode(200);

        listedAsOf("2031-06-01").body("items.code", hasItem(code));
        listedAsOf(RETIREMENT).body("items.code", not(hasItem(code)));
        assertRetiredWithItsOnlyVersion(code, "Fin du dispositif");
    }

    @Test
    void a_retired_aid_cannot_get_a_new_version_nor_be_retired_again() {
        String code = createdAid("RETIRED_FROZEN");
        retire(code, Map.of("effectiveFrom", RETIREMENT, "reason", "Fin du dispositif")).statusCode(200);

        publish(asAdmin(), code, draft(code, "2033-01-01")).spec(problem(409));
        retire(code, Map.of("effectiveFrom", "2033-01-01", "reason", "Encore")).spec(problem(409));
        assertRetiredWithItsOnlyVersion(code, "Fin du dispositif");
    }

    @Test
    void a_retirement_must_come_after_the_start_of_the_latest_version() {
        String code = createdAid("RETIRED_EARLY");
        retire(code, Map.of("effectiveFrom", START, "reason", "Trop tôt")).spec(problem(409));
        assertOnlyTheFirstVersion(code);
        aidAsOf(code, START).statusCode(200)
                .body("retirement", nullValue());
    }

    @Test
    void a_retirement_without_a_reason_is_400() {
        String code = createdAid("RETIRED_NO_REASON");
        retire(code, Map.of("effectiveFrom", RETIREMENT)).spec(problem(400))
                .body("errors.field", contains("reason"));
        assertOnlyTheFirstVersion(code);
    }
}
