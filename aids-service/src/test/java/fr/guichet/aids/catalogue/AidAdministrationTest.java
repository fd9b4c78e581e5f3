package fr.guichet.aids.catalogue;

import static fr.guichet.aids.Problems.problem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import fr.guichet.testsupport.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * Writing the catalogue: only a catalogue-admin may, a refused write changes nothing. Every aid made
 * here is a Loir-et-Cher departmental aid (a funder no seeded aid has) from 2030, with a code of its
 * own: tests share one database.
 */
@QuarkusTest
class AidAdministrationTest {

    private static final String START = "2030-01-01";
    private static final String NEXT_START = "2031-01-01";

    private static String uniqueCode(String prefix) {
        return prefix + "_" + System.nanoTime();
    }

    private static Map<String, Object> definition() {
        Map<String, Object> definition = new HashMap<>();
        definition.put("professions", List.of("GENERAL_PRACTITIONER"));
        definition.put("careerStages", List.of("INSTALLING"));
        definition.put("criteria", List.of(Map.of("type", "TERRITORY", "departments", List.of("41"))));
        definition.put("amount", Map.of("kind", "ONE_OFF", "amountCents", 300_000, "monthsAfterStart", 0));
        definition.put("commitments", List.of(Map.of("kind", "STAY", "years", 3,
                "description", "Exercer 3 ans en Loir-et-Cher")));
        return definition;
    }

    private static Map<String, Object> draft(String code, String validFrom, Map<String, Object> definition) {
        Map<String, Object> draft = new HashMap<>();
        draft.put("code", code);
        draft.put("validFrom", validFrom);
        draft.put("label", "Prime du Département de Loir-et-Cher à l'installation des médecins");
        draft.put("description", "3 000 € versés à l'installation d'un médecin généraliste en Loir-et-Cher.");
        draft.put("funder", "DEPARTMENT");
        draft.put("category", "LOCAL_AUTHORITY_INSTALLATION");
        draft.put("sourceUrl", "https://www.departement41.fr/installation-medecins");
        draft.put("definition", definition);
        return draft;
    }

    private static Map<String, Object> draft(String code, String validFrom) {
        return draft(code, validFrom, definition());
    }

    private static RequestSpecification asAdmin() {
        return given().auth().oauth2(TestTokens.forRole("admin", "catalogue-admin")).contentType(ContentType.JSON);
    }

    private static String createdAid(String prefix) {
        String code = uniqueCode(prefix);
        asAdmin().body(draft(code, START))
                .when().post("/aids")
                .then().statusCode(201);
        return code;
    }

    private static void assertNoSuchAid(String code) {
        given().when().get("/aids/" + code + "/versions").then().spec(problem(404));
    }

    private static void assertOnlyTheFirstVersion(String code) {
        given().when().get("/aids/" + code + "/versions")
                .then().statusCode(200)
                .body("$", hasSize(1))
                .body("[0].validFrom", equalTo(START))
                .body("[0].validTo", nullValue());
    }

    @Test
    void creating_an_aid_without_a_token_is_401() {
        String code = uniqueCode("NO_TOKEN");
        given().contentType(ContentType.JSON).body(draft(code, START))
                .when().post("/aids")
                .then().spec(problem(401));
        assertNoSuchAid(code);
    }

    @Test
    void creating_an_aid_with_an_expired_token_is_401() {
        String code = uniqueCode("EXPIRED");
        given().auth().oauth2(TestTokens.expired("admin", "catalogue-admin"))
                .contentType(ContentType.JSON).body(draft(code, START))
                .when().post("/aids")
                .then().spec(problem(401));
        assertNoSuchAid(code);
    }

    @Test
    void creating_an_aid_with_a_token_from_another_issuer_is_401() {
        String code = uniqueCode("IMPOSTOR");
        given().auth().oauth2(TestTokens.fromOtherIssuer("admin", "catalogue-admin"))
                .contentType(ContentType.JSON).body(draft(code, START))
                .when().post("/aids")
                .then().spec(problem(401));
        assertNoSuchAid(code);
    }

    @Test
    void a_doctor_cannot_create_an_aid() {
        String code = uniqueCode("BY_DOCTOR");
        given().auth().oauth2(TestTokens.forRole("doc", "doctor"))
                .contentType(ContentType.JSON).body(draft(code, START))
                .when().post("/aids")
                .then().spec(problem(403));
        assertNoSuchAid(code);
    }

    @Test
    void a_catalogue_admin_creates_an_aid_readable_from_its_start_date() {
        String code = uniqueCode("CREATED");
        String location = asAdmin().body(draft(code, START))
                .when().post("/aids")
                .then().statusCode(201)
                .header("Location", endsWith("/aids/" + code))
                .body("code", equalTo(code))
                .body("versionNumber", equalTo(1))
                .body("publishedBy", equalTo("admin"))
                .extract().header("Location");

        given().queryParam("asOf", START)
                .when().get(location)
                .then().statusCode(200)
                .body("code", equalTo(code))
                .body("label", equalTo("Prime du Département de Loir-et-Cher à l'installation des médecins"))
                .body("funder", equalTo("DEPARTMENT"))
                .body("scope.level", equalTo("DEPARTMENTAL"))
                .body("scope.departments", contains("41"))
                .body("definition.amount.amountCents", equalTo(300_000))
                .body("publishedBy", equalTo("admin"))
                .body("retirement", nullValue());
        given().queryParam("asOf", "2029-12-31")
                .when().get(location)
                .then().spec(problem(404));
    }

    @Test
    void a_new_aid_appears_in_the_list_from_its_start_date() {
        String code = createdAid("LISTED");
        given().queryParam("asOf", START).queryParam("funder", "DEPARTMENT").queryParam("limit", 100)
                .when().get("/aids")
                .then().statusCode(200)
                .body("items.code", hasItem(code));
    }

    @Test
    void malformed_json_is_400() {
        asAdmin().body("{\"code\": \"BROKEN\", \"validFrom\": ")
                .when().post("/aids")
                .then().spec(problem(400));
        assertNoSuchAid("BROKEN");
    }

    @Test
    void a_body_that_is_not_json_is_415() {
        given().auth().oauth2(TestTokens.forRole("admin", "catalogue-admin")).contentType(ContentType.TEXT)
                .body("code=NOT_JSON")
                .when().post("/aids")
                .then().spec(problem(415));
        assertNoSuchAid("NOT_JSON");
    }

    @Test
    void an_unknown_field_is_400_naming_it() {
        String code = uniqueCode("UNKNOWN_FIELD");
        Map<String, Object> draft = draft(code, START);
        draft.put("colour", "blue");
        asAdmin().body(draft)
                .when().post("/aids")
                .then().spec(problem(400))
                .body("errors.field", contains("colour"));
        assertNoSuchAid(code);
    }

    @Test
    void an_unknown_field_inside_the_definition_is_400_naming_it() {
        String code = uniqueCode("UNKNOWN_NESTED");
        Map<String, Object> definition = definition();
        definition.put("maxAge", 40);
        asAdmin().body(draft(code, START, definition))
                .when().post("/aids")
                .then().spec(problem(400))
                .body("errors.field", contains("definition.maxAge"));
        assertNoSuchAid(code);
    }

    @Test
    void an_invalid_enum_value_is_400_naming_the_field() {
        String code = uniqueCode("BAD_FUNDER");
        Map<String, Object> draft = draft(code, START);
        draft.put("funder", "BANK");
        asAdmin().body(draft)
                .when().post("/aids")
                .then().spec(problem(400))
                .body("errors.field", contains("funder"));
        assertNoSuchAid(code);
    }

    @Test
    void missing_required_fields_are_400_listing_each() {
        String code = uniqueCode("EMPTY");
        asAdmin().body(Map.of("code", code))
                .when().post("/aids")
                .then().spec(problem(400))
                .body("errors.field", hasItems("validFrom", "label", "description", "funder", "category", "sourceUrl",
                        "definition"));
        assertNoSuchAid(code);
    }

    @Test
    void an_end_before_the_start_is_400() {
        String code = uniqueCode("ENDS_EARLY");
        Map<String, Object> draft = draft(code, START);
        draft.put("validTo", "2029-12-31");
        asAdmin().body(draft)
                .when().post("/aids")
                .then().spec(problem(400))
                .body("errors.field", contains("validTo"));
        assertNoSuchAid(code);
    }

    @Test
    void an_unknown_category_is_400() {
        String code = uniqueCode("BAD_CATEGORY");
        Map<String, Object> draft = draft(code, START);
        draft.put("category", "LOTTERY");
        asAdmin().body(draft)
                .when().post("/aids")
                .then().spec(problem(400))
                .body("errors.field", contains("category"));
        assertNoSuchAid(code);
    }

    @Test
    void an_incompatibility_with_an_unknown_aid_is_400() {
        String code = uniqueCode("BAD_INCOMPATIBLE");
        Map<String, Object> definition = definition();
        definition.put("incompatibleWith", List.of("CAIM", "NO_SUCH_AID"));
        asAdmin().body(draft(code, START, definition))
                .when().post("/aids")
                .then().spec(problem(400))
                .body("errors.field", contains("definition.incompatibleWith"))
                .body("errors.message", contains("unknown aid NO_SUCH_AID"));
        assertNoSuchAid(code);
    }

    @Test
    void a_code_already_taken_is_409_and_the_existing_aid_is_unchanged() {
        String code = createdAid("TAKEN");
        Map<String, Object> second = draft(code, NEXT_START);
        second.put("label", "Une autre aide");
        asAdmin().body(second)
                .when().post("/aids")
                .then().spec(problem(409));
        assertOnlyTheFirstVersion(code);
        given().queryParam("asOf", NEXT_START)
                .when().get("/aids/" + code)
                .then().statusCode(200)
                .body("label", equalTo("Prime du Département de Loir-et-Cher à l'installation des médecins"));
    }

    @Test
    void publishing_a_version_closes_the_previous_one_the_day_before() {
        String code = createdAid("PUBLISHED");
        Map<String, Object> next = draft(code, NEXT_START);
        next.remove("code");
        asAdmin().body(next)
                .when().post("/aids/" + code + "/versions")
                .then().statusCode(201)
                .body("versionNumber", equalTo(2))
                .body("validFrom", equalTo(NEXT_START))
                .body("publishedBy", equalTo("admin"));

        given().when().get("/aids/" + code + "/versions")
                .then().statusCode(200)
                .body("versionNumber", contains(1, 2))
                .body("validFrom", contains(START, NEXT_START))
                .body("validTo", contains("2030-12-31", null));
    }

    @Test
    void each_version_is_read_on_its_own_dates() {
        String code = createdAid("DATED");
        Map<String, Object> definition = definition();
        definition.put("amount", Map.of("kind", "ONE_OFF", "amountCents", 500_000, "monthsAfterStart", 0));
        asAdmin().body(draft(code, NEXT_START, definition))
                .when().post("/aids/" + code + "/versions")
                .then().statusCode(201);

        given().queryParam("asOf", "2030-12-31")
                .when().get("/aids/" + code)
                .then().statusCode(200)
                .body("versionNumber", equalTo(1))
                .body("definition.amount.amountCents", equalTo(300_000));
        given().queryParam("asOf", NEXT_START)
                .when().get("/aids/" + code)
                .then().statusCode(200)
                .body("versionNumber", equalTo(2))
                .body("definition.amount.amountCents", equalTo(500_000));
    }

    @Test
    void a_new_version_must_start_after_the_latest_one() {
        String code = createdAid("NOT_AFTER");
        asAdmin().body(draft(code, START))
                .when().post("/aids/" + code + "/versions")
                .then().spec(problem(409));
        asAdmin().body(draft(code, "2029-06-01"))
                .when().post("/aids/" + code + "/versions")
                .then().spec(problem(409));
        assertOnlyTheFirstVersion(code);
    }

    @Test
    void a_version_naming_another_code_than_the_path_is_400() {
        String code = createdAid("OTHER_CODE");
        asAdmin().body(draft("CAIM", NEXT_START))
                .when().post("/aids/" + code + "/versions")
                .then().spec(problem(400))
                .body("errors.field", contains("code"));
        assertOnlyTheFirstVersion(code);
    }

    @Test
    void a_doctor_cannot_publish_a_version() {
        String code = createdAid("DOCTOR_PUBLISH");
        given().auth().oauth2(TestTokens.forRole("doc", "doctor")).contentType(ContentType.JSON)
                .body(draft(code, NEXT_START))
                .when().post("/aids/" + code + "/versions")
                .then().spec(problem(403));
        assertOnlyTheFirstVersion(code);
    }

    @Test
    void publishing_a_version_of_an_unknown_aid_is_404() {
        String code = uniqueCode("NEVER_CREATED");
        asAdmin().body(draft(code, NEXT_START))
                .when().post("/aids/" + code + "/versions")
                .then().spec(problem(404));
        assertNoSuchAid(code);
    }

    @Test
    void a_retired_aid_is_no_longer_in_force_from_the_retirement_date() {
        String code = createdAid("RETIRED");
        asAdmin().body(Map.of("effectiveFrom", "2032-01-01", "reason", "Dispositif supprimé par le Département"))
                .when().post("/aids/" + code + "/retirement")
                .then().statusCode(200)
                .body("validTo", equalTo("2031-12-31"))
                .body("retirement.by", equalTo("admin"))
                .body("retirement.reason", equalTo("Dispositif supprimé par le Département"));

        given().queryParam("asOf", "2032-01-01")
                .when().get("/aids/" + code)
                .then().spec(problem(404));
        given().queryParam("asOf", "2031-12-31")
                .when().get("/aids/" + code)
                .then().statusCode(200)
                .body("retirement.at", notNullValue());
    }

    @Test
    void a_retired_aid_leaves_the_list_but_keeps_its_versions() {
        String code = createdAid("RETIRED_LIST");
        asAdmin().body(Map.of("effectiveFrom", "2032-01-01", "reason", "Fin du dispositif"))
                .when().post("/aids/" + code + "/retirement")
                .then().statusCode(200);

        given().queryParam("asOf", "2031-06-01").queryParam("funder", "DEPARTMENT").queryParam("limit", 100)
                .when().get("/aids")
                .then().statusCode(200)
                .body("items.code", hasItem(code));
        given().queryParam("asOf", "2032-01-01").queryParam("funder", "DEPARTMENT").queryParam("limit", 100)
                .when().get("/aids")
                .then().statusCode(200)
                .body("items.code", not(hasItem(code)));
        given().when().get("/aids/" + code + "/versions")
                .then().statusCode(200)
                .body("$", hasSize(1))
                .body("[0].validTo", equalTo("2031-12-31"))
                .body("[0].retirement.reason", equalTo("Fin du dispositif"));
    }

    @Test
    void a_retired_aid_cannot_get_a_new_version_nor_be_retired_again() {
        String code = createdAid("RETIRED_FROZEN");
        asAdmin().body(Map.of("effectiveFrom", "2032-01-01", "reason", "Fin du dispositif"))
                .when().post("/aids/" + code + "/retirement")
                .then().statusCode(200);

        asAdmin().body(draft(code, "2033-01-01"))
                .when().post("/aids/" + code + "/versions")
                .then().spec(problem(409));
        asAdmin().body(Map.of("effectiveFrom", "2033-01-01", "reason", "Encore"))
                .when().post("/aids/" + code + "/retirement")
                .then().spec(problem(409));
        given().when().get("/aids/" + code + "/versions")
                .then().statusCode(200)
                .body("$", hasSize(1))
                .body("[0].validTo", equalTo("2031-12-31"))
                .body("[0].retirement.reason", equalTo("Fin du dispositif"));
    }

    @Test
    void a_retirement_must_come_after_the_start_of_the_latest_version() {
        String code = createdAid("RETIRED_EARLY");
        asAdmin().body(Map.of("effectiveFrom", START, "reason", "Trop tôt"))
                .when().post("/aids/" + code + "/retirement")
                .then().spec(problem(409));
        assertOnlyTheFirstVersion(code);
        given().queryParam("asOf", START)
                .when().get("/aids/" + code)
                .then().statusCode(200)
                .body("retirement", nullValue());
    }

    @Test
    void a_retirement_without_a_reason_is_400() {
        String code = createdAid("RETIRED_NO_REASON");
        asAdmin().body(Map.of("effectiveFrom", "2032-01-01"))
                .when().post("/aids/" + code + "/retirement")
                .then().spec(problem(400))
                .body("errors.field", contains("reason"));
        assertOnlyTheFirstVersion(code);
    }
}
