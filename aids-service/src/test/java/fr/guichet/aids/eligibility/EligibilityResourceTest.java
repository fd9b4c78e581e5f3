package fr.guichet.aids.eligibility;

import static fr.guichet.aids.eligibility.Projects.LAON;
import static fr.guichet.aids.eligibility.Projects.installingInMende;
import static fr.guichet.aids.eligibility.Projects.project;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
class EligibilityResourceTest {

    private static final String OCCITANIE = "aids.find { it.code == 'OCCITANIE_MONTAGNE' }";
    private static final String ZIP_AID = "aids.find { it.code == 'CONV2024_INSTALLATION_ZIP' }";

    private static ValidatableResponse simulate(Map<String, Object> project) {
        return given().contentType(ContentType.JSON).body(project)
                .when().post("/eligibility")
                .then().statusCode(200);
    }

    /** Installing in Laon, a ZIP, in 2026, having received the CAIM (same category) on the date given. */
    private static Map<String, Object> installingInLaonAfterTheCaimOn(String receivedOn) {
        Map<String, Object> project = project(LAON, "INSTALLING", "2026-03-01");
        project.put("aidsAlreadyReceived", List.of(Map.of("code", "CAIM", "date", receivedOn)));
        return project;
    }

    @Test
    void mountain_gp_in_2021_gets_the_40000_euro_occitanie_aid_in_three_instalments() {
        simulate(installingInMende("2021-03-01"))
                .body(OCCITANIE + ".status", equalTo("ELIGIBLE"))
                .body(OCCITANIE + ".schedule.payments.amountCents", contains(2_000_000, 1_000_000, 1_000_000))
                .body(OCCITANIE + ".schedule.payments.date", contains("2021-03-01", "2022-03-01", "2023-03-01"))
                .body(OCCITANIE + ".schedule.totalCents", equalTo(4_000_000))
                .body(OCCITANIE + ".criteria.outcome", not(hasItem("NOT_MET")));
    }

    @Test
    void in_2022_after_the_7_may_change_the_same_project_gets_50000_euros() {
        simulate(installingInMende("2022-05-07"))
                .body(OCCITANIE + ".status", equalTo("ELIGIBLE"))
                .body(OCCITANIE + ".versionNumber", equalTo(3))
                .body(OCCITANIE + ".schedule.totalCents", equalTo(5_000_000));
    }

    @Test
    void in_2026_mende_a_zac_is_asked_about_rather_than_given_the_mountain_and_the_zac_aids_together() {
        simulate(installingInMende("2026-01-01"))
                .body(OCCITANIE + ".status", equalTo("NEEDS_INFO"))
                .body(OCCITANIE + ".criteria.find { it.outcome == 'UNKNOWN' }.reason", containsString("ZAC"))
                .body("aids.find { it.code == 'CONV2024_INSTALLATION_ZAC' }.status", equalTo("ELIGIBLE"))
                .body("totalCents", equalTo(500_000))
                .body("aids.code", not(hasItem("CAIM")));
    }

    @Test
    void without_coordinated_practice_the_mountain_aid_is_refused_and_says_why() {
        Map<String, Object> project = installingInMende("2021-03-01");
        project.put("coordinatedPractice", "NONE");
        simulate(project)
                .body(OCCITANIE + ".status", equalTo("INELIGIBLE"))
                .body(OCCITANIE + ".criteria.find { it.outcome == 'NOT_MET' }.criterion", equalTo("COORDINATED_PRACTICE"))
                .body(OCCITANIE + ".criteria.find { it.outcome == 'NOT_MET' }.reason", containsString("Exercice coordonné"));
    }

    @Test
    void cesp_without_the_months_of_study_left_is_shown_per_month_left_out_of_the_total_and_says_so() {
        simulate(project(LAON, "STUDENT", "2026-09-01"))
                .body("aids.find { it.code == 'CESP' }.schedule.monthlyAmountCents", equalTo(120_000))
                .body("aids.find { it.code == 'CESP' }.schedule.totalCents", equalTo(0))
                .body("aids.find { it.code == 'CESP' }.validity.validFrom", equalTo("2010-06-29"))
                .body("aids.find { it.code == 'CESP' }.validity.validFromIndicative", equalTo(true))
                .body("totalCents", equalTo(0))
                .body("notes", hasItem(containsString("CESP (")));
    }

    @Test
    void the_caim_asks_about_the_grace_period_rather_than_refusing_without_coordinated_practice() {
        Map<String, Object> project = project(LAON, "INSTALLING", "2025-03-01");
        project.put("coordinatedPractice", "NONE");
        simulate(project)
                .body("aids.find { it.code == 'CAIM' }.status", equalTo("NEEDS_INFO"))
                .body("aids.find { it.code == 'CAIM' }.criteria.find { it.criterion == 'ANY_OF' }.reason",
                        containsString("délai de 2 ans"))
                .body("notes", hasItem(containsString("CAIM")));
    }

    @Test
    void an_unknown_commune_is_404() {
        given().contentType(ContentType.JSON).body(project("99999", "INSTALLING", "2026-03-01"))
                .when().post("/eligibility")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void a_same_category_aid_received_three_years_ago_excludes_by_the_ten_year_rule() {
        simulate(installingInLaonAfterTheCaimOn("2023-03-01"))
                .body(ZIP_AID + ".status", equalTo("INELIGIBLE"))
                .body(ZIP_AID + ".criteria.find { it.criterion == 'TEN_YEAR_RULE' }.outcome", equalTo("NOT_MET"))
                .body(ZIP_AID + ".criteria.find { it.criterion == 'TEN_YEAR_RULE' }.reason", containsString("10 ans"));
    }

    @Test
    void a_same_category_aid_received_eleven_years_ago_no_longer_excludes() {
        simulate(installingInLaonAfterTheCaimOn("2015-03-01"))
                .body(ZIP_AID + ".status", equalTo("ELIGIBLE"))
                .body(ZIP_AID + ".criteria.find { it.criterion == 'TEN_YEAR_RULE' }.outcome", equalTo("MET"));
    }
}
