package fr.guichet.aids.catalogue;

import static fr.guichet.aids.Problems.problem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

/** Reading the catalogue: public, always as of a date. */
@QuarkusTest
class AidResourceTest {

    private static final String BEFORE_CAIM_ENDS = "2025-06-01";
    private static final String OCCITANIE = "items.find { it.code == 'OCCITANIE_MONTAGNE' }";

    @Test
    void caim_is_listed_in_2025_and_no_longer_on_1_march_2026() {
        given().queryParam("asOf", BEFORE_CAIM_ENDS).queryParam("limit", 100)
                .when().get("/aids")
                .then().statusCode(200)
                .body("items.code", hasItem("CAIM"));

        given().queryParam("asOf", "2026-03-01").queryParam("limit", 100)
                .when().get("/aids")
                .then().statusCode(200)
                .body("items.code", not(hasItem("CAIM")))
                .body("items.code", hasItem("CONV2024_INSTALLATION_ZIP"));
    }

    @Test
    void the_list_shows_each_aid_in_the_version_in_force_on_the_date() {
        given().queryParam("asOf", "2021-06-01").queryParam("limit", 100)
                .when().get("/aids")
                .then().statusCode(200)
                .body(OCCITANIE + ".versionNumber", equalTo(2))
                .body(OCCITANIE + ".definition.amount.instalments.amountCents",
                        contains(2_000_000, 1_000_000, 1_000_000));
    }

    @Test
    void the_occitanie_mountain_aid_pays_40000_euros_until_6_may_2022() {
        given().queryParam("asOf", "2022-05-06")
                .when().get("/aids/OCCITANIE_MONTAGNE")
                .then().statusCode(200)
                .body("code", equalTo("OCCITANIE_MONTAGNE"))
                .body("versionNumber", equalTo(2))
                .body("validTo", equalTo("2022-05-06"))
                .body("definition.amount.kind", equalTo("INSTALMENTS"))
                .body("definition.amount.instalments.amountCents", contains(2_000_000, 1_000_000, 1_000_000));
    }

    @Test
    void the_occitanie_mountain_aid_pays_50000_euros_from_7_may_2022() {
        given().queryParam("asOf", "2022-05-07")
                .when().get("/aids/OCCITANIE_MONTAGNE")
                .then().statusCode(200)
                .body("versionNumber", equalTo(3))
                .body("validFrom", equalTo("2022-05-07"))
                .body("definition.amount.kind", equalTo("UNSCHEDULED_TOTAL"))
                .body("definition.amount.amountCents", equalTo(5_000_000))
                .body("scope.level", equalTo("REGIONAL"))
                .body("scope.regions", contains("76"));
    }

    @Test
    void an_aid_is_not_found_on_a_date_before_its_first_version() {
        given().queryParam("asOf", "2019-09-30")
                .when().get("/aids/OCCITANIE_MONTAGNE")
                .then().spec(problem(404));
    }

    @Test
    void an_unknown_aid_is_404() {
        given().when().get("/aids/NO_SUCH_AID")
                .then().spec(problem(404));
    }

    @Test
    void reading_an_aid_with_a_malformed_date_is_400_naming_asOf() {
        given().queryParam("asOf", "07/05/2022")
                .when().get("/aids/OCCITANIE_MONTAGNE")
                .then().spec(problem(400))
                .body("errors.field", hasItem("asOf"));
    }

    @Test
    void the_versions_of_an_aid_follow_one_another_without_gap() {
        given().when().get("/aids/OCCITANIE_MONTAGNE/versions")
                .then().statusCode(200)
                .body("$", hasSize(4))
                .body("versionNumber", contains(1, 2, 3, 4))
                .body("validFrom", contains("2019-10-01", "2021-01-01", "2022-05-07", "2026-01-01"))
                .body("validTo", contains("2020-12-31", "2022-05-06", "2025-12-31", null))
                .body("validFromIndicative", contains(true, true, false, false))
                .body("code", everyItem(equalTo("OCCITANIE_MONTAGNE")));
    }

    @Test
    void the_versions_of_an_unknown_aid_are_404() {
        given().when().get("/aids/NO_SUCH_AID/versions")
                .then().spec(problem(404));
    }

    @Test
    void filtering_by_profession_keeps_the_aids_for_that_profession() {
        given().queryParam("asOf", BEFORE_CAIM_ENDS).queryParam("profession", "NURSE").queryParam("limit", 100)
                .when().get("/aids")
                .then().statusCode(200)
                .body("items.code", hasItems("CAPII", "CAII", "LOCAL_INSTALLATION_AID"))
                .body("items.code", not(hasItem("CAIM")))
                .body("items.definition.professions", everyItem(hasItem("NURSE")));
    }

    @Test
    void filtering_by_career_stage_keeps_the_aids_for_that_stage() {
        given().queryParam("asOf", BEFORE_CAIM_ENDS).queryParam("careerStage", "STUDENT").queryParam("limit", 100)
                .when().get("/aids")
                .then().statusCode(200)
                .body("items.code", hasItem("CESP"))
                .body("items.code", not(hasItem("CAIM")))
                .body("items.definition.careerStages", everyItem(hasItem("STUDENT")));
    }

    @Test
    void filtering_by_region_keeps_national_aids_and_those_of_the_region() {
        given().queryParam("asOf", "2025-08-01").queryParam("region", "76").queryParam("limit", 100)
                .when().get("/aids")
                .then().statusCode(200)
                .body("items.code", hasItems("OCCITANIE_MONTAGNE", "CAIM", "CESP"))
                .body("items.code", not(hasItem("IDF_EQUIPMENT_AID")))
                .body("items.code", not(hasItem("HDF_CRAI")))
                .body("items.findAll { it.scope.level != 'NATIONAL' }.scope.regions", everyItem(hasItem("76")));
    }

    @Test
    void filtering_by_department_keeps_national_aids_and_those_of_its_region() {
        given().queryParam("asOf", "2025-08-01").queryParam("department", "48").queryParam("limit", 100)
                .when().get("/aids")
                .then().statusCode(200)
                .body("items.code", hasItems("OCCITANIE_MONTAGNE", "CAIM"))
                .body("items.code", not(hasItem("IDF_EQUIPMENT_AID")))
                .body("items.code", not(hasItem("HDF_CRAI")));
    }

    @Test
    void filtering_by_zone_type_keeps_the_aids_that_require_that_zone() {
        given().queryParam("asOf", BEFORE_CAIM_ENDS).queryParam("zoneType", "ZIP").queryParam("limit", 100)
                .when().get("/aids")
                .then().statusCode(200)
                .body("items.code", hasItems("CAIM", "COSCOM", "COTRAM"))
                // These two name ZIP only to exclude it.
                .body("items.code", not(hasItem("CSTM")))
                .body("items.code", not(hasItem("OCCITANIE_MONTAGNE")));
    }

    @Test
    void filtering_by_funder_keeps_the_aids_of_that_funder() {
        given().queryParam("asOf", BEFORE_CAIM_ENDS).queryParam("funder", "ARS").queryParam("limit", 100)
                .when().get("/aids")
                .then().statusCode(200)
                .body("items.code", hasItem("OCCITANIE_MONTAGNE"))
                .body("items.funder", everyItem(equalTo("ARS")));
    }

    @Test
    void filtering_by_category_keeps_the_aids_of_that_category() {
        given().queryParam("asOf", BEFORE_CAIM_ENDS).queryParam("category", "CONVENTIONAL_INSTALLATION")
                .queryParam("limit", 100)
                .when().get("/aids")
                .then().statusCode(200)
                .body("items.code", hasItems("CAIM", "CAPII"))
                .body("items.category", everyItem(equalTo("CONVENTIONAL_INSTALLATION")));
    }

    @Test
    void full_text_search_finds_french_words_with_their_accents() {
        given().queryParam("asOf", BEFORE_CAIM_ENDS).queryParam("q", "médecins montagne")
                .when().get("/aids")
                .then().statusCode(200)
                .body("items.code", hasItem("OCCITANIE_MONTAGNE"))
                .body("items.code", not(hasItem("CESP")));
    }

    @Test
    void full_text_search_finds_the_same_aid_without_accents_and_in_the_singular() {
        given().queryParam("asOf", BEFORE_CAIM_ENDS).queryParam("q", "medecin montagne")
                .when().get("/aids")
                .then().statusCode(200)
                .body("items.code", hasItem("OCCITANIE_MONTAGNE"));
    }

    @Test
    void a_search_longer_than_200_characters_is_400() {
        given().queryParam("q", "montagne ".repeat(30))
                .when().get("/aids")
                .then().spec(problem(400))
                .body("errors.field", hasItem("q"));
    }

    @Test
    void following_next_cursor_walks_every_aid_once() {
        List<String> everything = given().queryParam("asOf", BEFORE_CAIM_ENDS).queryParam("limit", 100)
                .when().get("/aids")
                .then().statusCode(200).body("nextCursor", nullValue())
                .extract().jsonPath().getList("items.code", String.class);

        List<String> walked = new ArrayList<>();
        String cursor = null;
        do {
            RequestSpecification request = given().queryParam("asOf", BEFORE_CAIM_ENDS).queryParam("limit", 7);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.when().get("/aids")
                    .then().statusCode(200).body("items.size()", lessThanOrEqualTo(7))
                    .extract().jsonPath();
            walked.addAll(page.getList("items.code", String.class));
            cursor = page.getString("nextCursor");
        } while (cursor != null);

        assertEquals(everything, walked);
        assertEquals(walked.size(), walked.stream().distinct().count(), "no aid twice");
    }

    @Test
    void a_page_smaller_than_the_list_gives_a_next_cursor() {
        given().queryParam("asOf", BEFORE_CAIM_ENDS).queryParam("limit", 2)
                .when().get("/aids")
                .then().statusCode(200)
                .body("items", hasSize(2))
                .body("nextCursor", notNullValue())
                .body("nextCursor", not(emptyOrNullString()));
    }

    @Test
    void a_cursor_this_list_did_not_give_is_400() {
        given().queryParam("cursor", "not-a-cursor")
                .when().get("/aids")
                .then().spec(problem(400))
                .body("errors.field", hasItem("cursor"));
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource({
            "asOf, 2025-02-30",
            "asOf, tomorrow",
            "asOf, +999999999-12-31",
            "asOf, 0999-01-01",
            "profession, SURGEON",
            "careerStage, RETIRED",
            "region, 7",
            "department, 4800",
            "zoneType, DESERT",
            "funder, BANK",
            "category, conventional installation",
            "limit, 0",
            "limit, 101",
            "limit, ten"
    })
    void an_invalid_filter_is_400_naming_it(String field, String value) {
        given().queryParam(field, value)
                .when().get("/aids")
                .then().spec(problem(400))
                .body("errors.field", contains(field));
    }
}
