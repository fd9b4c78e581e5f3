package fr.guichet.aids.eligibility;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
class EligibilityResourceTest {

    private static final String MENDE = "48095";
    private static final String OCCITANIE = "aids.find { it.code == 'OCCITANIE_MONTAGNE' }";

    private static Map<String, Object> mountainGp(String plannedStart) {
        Map<String, Object> project = new HashMap<>();
        project.put("profession", "GENERAL_PRACTITIONER");
        project.put("careerStage", "INSTALLING");
        project.put("targetCommune", MENDE);
        project.put("practiceMode", "LIBERAL");
        project.put("coordinatedPractice", "MSP");
        project.put("sector", "SECTOR_1");
        project.put("onCallDuty", true);
        project.put("daysPerWeek", 4);
        project.put("plannedStartDate", plannedStart);
        return project;
    }

    private static ValidatableResponse simulate(Map<String, Object> project) {
        return given().contentType(ContentType.JSON).body(project)
                .when().post("/eligibility")
                .then().statusCode(200);
    }

    @Test
    void mountain_gp_in_2021_gets_the_40000_euro_occitanie_aid_in_three_instalments() {
        simulate(mountainGp("2021-03-01"))
                .body(OCCITANIE + ".status", equalTo("ELIGIBLE"))
                .body(OCCITANIE + ".schedule.payments.amountCents", contains(2_000_000, 1_000_000, 1_000_000))
                .body(OCCITANIE + ".schedule.payments.date", contains("2021-03-01", "2022-03-01", "2023-03-01"))
                .body(OCCITANIE + ".schedule.totalCents", equalTo(4_000_000))
                .body(OCCITANIE + ".criteria.outcome", not(hasItem("NOT_MET")));
    }

    @Test
    void the_same_project_in_2026_gets_the_50000_euro_version_and_no_caim() {
        simulate(mountainGp("2026-03-01"))
                .body(OCCITANIE + ".status", equalTo("ELIGIBLE"))
                .body(OCCITANIE + ".versionNumber", equalTo(3))
                .body(OCCITANIE + ".schedule.totalCents", equalTo(5_000_000))
                .body("aids.code", not(hasItem("CAIM")));
    }

    @Test
    void without_coordinated_practice_the_mountain_aid_is_refused_and_says_why() {
        Map<String, Object> project = mountainGp("2021-03-01");
        project.put("coordinatedPractice", "NONE");
        simulate(project)
                .body(OCCITANIE + ".status", equalTo("INELIGIBLE"))
                .body(OCCITANIE + ".criteria.find { it.outcome == 'NOT_MET' }.criterion", equalTo("COORDINATED_PRACTICE"))
                .body(OCCITANIE + ".criteria.find { it.outcome == 'NOT_MET' }.reason", containsString("Exercice coordonné"));
    }

    @Test
    void an_unknown_commune_is_404() {
        Map<String, Object> project = mountainGp("2026-03-01");
        project.put("targetCommune", "99999");
        given().contentType(ContentType.JSON).body(project)
                .when().post("/eligibility")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void a_same_category_aid_received_three_years_ago_excludes_by_the_ten_year_rule() {
        Map<String, Object> project = mountainGp("2026-03-01");
        project.put("targetCommune", "02408");
        project.put("aidsAlreadyReceived", List.of(Map.of("code", "CAIM", "date", "2023-03-01")));
        String zipAid = "aids.find { it.code == 'CONV2024_INSTALLATION_ZIP' }";
        simulate(project)
                .body(zipAid + ".status", equalTo("INELIGIBLE"))
                .body(zipAid + ".criteria.find { it.criterion == 'TEN_YEAR_RULE' }.outcome", equalTo("NOT_MET"))
                .body(zipAid + ".criteria.find { it.criterion == 'TEN_YEAR_RULE' }.reason", containsString("10 ans"));
    }

    @Test
    void a_same_category_aid_received_eleven_years_ago_no_longer_excludes() {
        Map<String, Object> project = mountainGp("2026-03-01");
        project.put("targetCommune", "02408");
        project.put("aidsAlreadyReceived", List.of(Map.of("code", "CAIM", "date", "2015-03-01")));
        String zipAid = "aids.find { it.code == 'CONV2024_INSTALLATION_ZIP' }";
        simulate(project)
                .body(zipAid + ".status", equalTo("ELIGIBLE"))
                .body(zipAid + ".criteria.find { it.criterion == 'TEN_YEAR_RULE' }.outcome", equalTo("MET"));
    }
}
