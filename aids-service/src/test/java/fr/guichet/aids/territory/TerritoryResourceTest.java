package fr.guichet.aids.territory;

import static fr.guichet.aids.Problems.problem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Regions, departments, communes and the zones in force on a date (seeds V5 and V6). */
@QuarkusTest
class TerritoryResourceTest {

    private static final String MENDE = "48095";
    private static final String SAINT_ETIENNE = "42218";

    @Test
    void a_commune_is_found_without_its_accents_and_hyphens() {
        given().queryParam("q", "saint etienne")
                .when().get("/territories/communes")
                .then().statusCode(200)
                .body("[0].insee", equalTo(SAINT_ETIENNE))
                .body("[0].name", equalTo("Saint-Étienne"));
    }

    @Test
    void a_commune_is_found_by_its_exact_french_name() {
        given().queryParam("q", "Saint-Étienne")
                .when().get("/territories/communes")
                .then().statusCode(200)
                .body("[0].insee", equalTo(SAINT_ETIENNE));
    }

    @Test
    void a_commune_is_found_by_the_start_of_its_name() {
        given().queryParam("q", "mend")
                .when().get("/territories/communes")
                .then().statusCode(200)
                .body("insee", hasItem(MENDE));
    }

    @Test
    void the_commune_search_can_keep_one_department() {
        given().queryParam("q", "saint").queryParam("department", "48").queryParam("limit", 50)
                .when().get("/territories/communes")
                .then().statusCode(200)
                .body("$", not(hasSize(0)))
                .body("$.size()", lessThanOrEqualTo(50))
                .body("departmentCode", everyItem(equalTo("48")));
    }

    @Test
    void the_commune_search_needs_a_query() {
        given().when().get("/territories/communes")
                .then().spec(problem(400))
                .body("errors.field", contains("q"));
    }

    @Test
    void the_commune_search_needs_at_least_two_characters() {
        given().queryParam("q", "m")
                .when().get("/territories/communes")
                .then().spec(problem(400))
                .body("errors.field", contains("q"));
    }

    @Test
    void the_commune_search_refuses_a_malformed_department() {
        given().queryParam("q", "saint").queryParam("department", "Lozère")
                .when().get("/territories/communes")
                .then().spec(problem(400))
                .body("errors.field", contains("department"));
    }

    @Test
    void a_commune_shows_its_department_region_and_zones_in_force() {
        given().queryParam("asOf", "2026-03-01")
                .when().get("/territories/communes/" + MENDE)
                .then().statusCode(200)
                .body("insee", equalTo(MENDE))
                .body("name", equalTo("Mende"))
                .body("department.code", equalTo("48"))
                .body("region.code", equalTo("76"))
                .body("region.name", equalTo("Occitanie"))
                .body("asOf", equalTo("2026-03-01"))
                .body("zones.find { it.profession == 'DOCTOR' }.zoneType", equalTo("ZAC"))
                .body("zones.find { it.profession == 'DOCTOR' }.zoneCode", equalTo("2_ZAC"))
                .body("zones.find { it.layer == 'MOUNTAIN' }.zoneType", equalTo("MONTAGNE"))
                .body("zones.find { it.layer == 'MOUNTAIN' }.partial", equalTo(false));
    }

    @Test
    void a_commune_can_show_one_profession_zoning_only() {
        given().queryParam("asOf", "2026-03-01").queryParam("profession", "DOCTOR")
                .when().get("/territories/communes/" + MENDE)
                .then().statusCode(200)
                .body("zones.zoneType", containsInAnyOrder("ZAC", "MONTAGNE", "QPV"))
                .body("zones.profession", not(hasItem("NURSE")));
    }

    @Test
    void before_any_ars_zoning_a_commune_has_only_its_mountain_zone() {
        given().queryParam("asOf", "2010-01-01")
                .when().get("/territories/communes/" + MENDE)
                .then().statusCode(200)
                .body("zones.zoneType", contains("MONTAGNE"));
    }

    @Test
    void a_qpv_concerns_only_part_of_the_commune() {
        given().queryParam("asOf", "2026-03-01")
                .when().get("/territories/communes/" + MENDE)
                .then().statusCode(200)
                .body("zones.find { it.zoneType == 'QPV' }.layer", equalTo("QPV"))
                .body("zones.find { it.zoneType == 'QPV' }.partial", equalTo(true));
    }

    @Test
    void a_former_insee_code_answers_with_the_commune_it_merged_into() {
        // Annecy-le-Vieux (74011) merged into Annecy (74010) in 2017.
        given().queryParam("asOf", "2026-03-01")
                .when().get("/territories/communes/74011")
                .then().statusCode(200)
                .body("insee", equalTo("74010"))
                .body("name", equalTo("Annecy"))
                .body("formerCodes", hasItem("74011"));
    }

    @Test
    void an_unknown_commune_is_404() {
        given().when().get("/territories/communes/99999")
                .then().spec(problem(404));
    }

    @Test
    void a_malformed_insee_code_is_400() {
        given().when().get("/territories/communes/abc")
                .then().spec(problem(400))
                .body("errors.field", contains("insee"));
    }

    @Test
    void a_malformed_date_is_400() {
        given().queryParam("asOf", "2026-02-30")
                .when().get("/territories/communes/" + MENDE)
                .then().spec(problem(400))
                .body("errors.field", contains("asOf"));
    }

    @Test
    void an_unknown_profession_is_400() {
        given().queryParam("profession", "GENERAL_PRACTITIONER")
                .when().get("/territories/communes/" + MENDE)
                .then().spec(problem(400))
                .body("errors.field", contains("profession"));
    }

    @Test
    void there_are_18_regions() {
        given().when().get("/territories/regions")
                .then().statusCode(200)
                .body("$", hasSize(18))
                .body("find { it.code == '76' }.name", equalTo("Occitanie"));
    }

    @Test
    void there_are_101_departments_each_with_its_region() {
        given().when().get("/territories/departments")
                .then().statusCode(200)
                .body("$", hasSize(101))
                .body("find { it.code == '48' }.name", equalTo("Lozère"))
                .body("find { it.code == '48' }.regionCode", equalTo("76"))
                .body("find { it.code == '2A' }.regionCode", equalTo("94"));
    }
}
