package fr.guichet.aids.catalogue;

import static fr.guichet.aids.Problems.problem;
import static fr.guichet.aids.catalogue.AidFixtures.NEXT_START;
import static fr.guichet.aids.catalogue.AidFixtures.START;
import static fr.guichet.aids.catalogue.AidFixtures.asAdmin;
import static fr.guichet.aids.catalogue.AidFixtures.create;
import static fr.guichet.aids.catalogue.AidFixtures.draft;
import static fr.guichet.aids.catalogue.AidFixtures.publish;
import static fr.guichet.aids.catalogue.AidFixtures.uniqueCode;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import fr.guichet.aids.eligibility.Projects;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/**
 * A catalogue-admin writes, through the API only, a regional aid whose installation must fall in a window
 * and whose amount scales with the days worked per week; the simulator applies both without a code change.
 */
@QuarkusTest
class ScaledRegionalAidTest {

    private static Map<String, Object> definition(String windowFrom, String windowTo, long atTwoDays, long atFiveDays) {
        Map<String, Object> definition = new HashMap<>();
        definition.put("professions", List.of("GENERAL_PRACTITIONER"));
        definition.put("careerStages", List.of("INSTALLING", "RECENTLY_INSTALLED"));
        definition.put("criteria", List.of(
                Map.of("type", "TERRITORY", "regions", List.of("76")),
                Map.of("type", "INSTALLATION_WINDOW", "from", windowFrom, "to", windowTo)));
        definition.put("amount", Map.of("kind", "SCALED", "by", "DAYS_PER_WEEK",
                "points", List.of(Map.of("at", 2, "amountCents", atTwoDays), Map.of("at", 5, "amountCents", atFiveDays)),
                "payments", List.of(Map.of("yearOffset", 0, "percent", 60), Map.of("yearOffset", 2, "percent", 40))));
        return definition;
    }

    /** Signable over a year, for installations in its first half. */
    private static Map<String, Object> regionalDraft(String code, String validFrom, Map<String, Object> definition) {
        Map<String, Object> draft = draft(code, validFrom, definition);
        draft.put("validTo", validFrom.substring(0, 4) + "-12-31");
        draft.put("funder", "REGION");
        draft.put("category", "REGIONAL_INSTALLATION");
        return draft;
    }

    private static ValidatableResponse simulate(String code, Map<String, Object> project) {
        return given().contentType(ContentType.JSON).body(project)
                .when().post("/eligibility")
                .then().statusCode(200)
                .rootPath("aids.find { it.code == '" + code + "' }");
    }

    private static Map<String, Object> inMende(String careerStage, String start, double daysPerWeek) {
        Map<String, Object> project = Projects.project(Projects.MENDE, careerStage, start);
        project.put("daysPerWeek", daysPerWeek);
        return project;
    }

    @Test
    void the_simulator_applies_the_window_and_the_scale_an_admin_wrote_through_the_api() {
        String code = uniqueCode("OCC_SCALED");
        create(regionalDraft(code, START, definition("2030-01-01", "2030-06-30", 1_000_000, 2_500_000))).statusCode(201);

        simulate(code, inMende("INSTALLING", "2030-03-01", 3.5))
                .body("status", equalTo("ELIGIBLE"))
                .body("schedule.totalCents", equalTo(1_750_000))
                .body("schedule.payments.amountCents", contains(1_050_000, 700_000))
                .body("schedule.payments.date", contains("2030-03-01", "2032-03-01"));

        Map<String, Object> installedBefore = inMende("RECENTLY_INSTALLED", "2030-09-01", 3.5);
        installedBefore.put("installedOn", "2029-12-31");
        simulate(code, installedBefore)
                .body("status", equalTo("INELIGIBLE"))
                .body("criteria.find { it.outcome == 'NOT_MET' }.criterion", equalTo("INSTALLATION_WINDOW"));

        publish(asAdmin(), code, regionalDraft(code, NEXT_START, definition("2031-01-01", "2031-06-30", 1_200_000, 3_000_000)))
                .statusCode(201);
        simulate(code, inMende("INSTALLING", "2031-02-01", 5))
                .body("versionNumber", equalTo(2))
                .body("status", equalTo("ELIGIBLE"))
                .body("schedule.totalCents", equalTo(3_000_000));
    }

    @Test
    void a_scale_out_of_order_or_payments_not_adding_up_to_100_percent_are_refused() {
        Map<String, Object> definition = definition("2030-07-01", "2030-01-01", 2_500_000, 1_000_000);
        definition.put("amount", Map.of("kind", "SCALED", "by", "DAYS_PER_WEEK",
                "points", List.of(Map.of("at", 5, "amountCents", 1), Map.of("at", 2, "amountCents", 2)),
                "payments", List.of(Map.of("yearOffset", 0, "percent", 60))));
        String code = uniqueCode("BAD_SCALE");
        create(regionalDraft(code, START, definition))
                .spec(problem(400))
                .body("errors.field", hasItems("definition.amount.points", "definition.amount.payments", "definition.criteria"));
    }
}
