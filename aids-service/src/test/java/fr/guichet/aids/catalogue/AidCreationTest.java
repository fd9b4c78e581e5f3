package fr.guichet.aids.catalogue;

import static fr.guichet.aids.Problems.problem;
import static fr.guichet.aids.catalogue.AidFixtures.LABEL;
import static fr.guichet.aids.catalogue.AidFixtures.NEXT_START;
import static fr.guichet.aids.catalogue.AidFixtures.START;
import static fr.guichet.aids.catalogue.AidFixtures.aidAsOf;
import static fr.guichet.aids.catalogue.AidFixtures.asAdmin;
import static fr.guichet.aids.catalogue.AidFixtures.assertNoSuchAid;
import static fr.guichet.aids.catalogue.AidFixtures.assertOnlyTheFirstVersion;
import static fr.guichet.aids.catalogue.AidFixtures.create;
import static fr.guichet.aids.catalogue.AidFixtures.createdAid;
import static fr.guichet.aids.catalogue.AidFixtures.definition;
import static fr.guichet.aids.catalogue.AidFixtures.draft;
import static fr.guichet.aids.catalogue.AidFixtures.uniqueCode;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import fr.guichet.testsupport.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** Creating an aid: only a catalogue-admin may, and a refused or invalid draft creates nothing. */
@QuarkusTest
class AidCreationTest {

    /** Who may not create an aid, and the status the refusal answers. */
    enum RefusedCredential {
        NO_TOKEN(401), EXPIRED_TOKEN(401), TOKEN_FROM_ANOTHER_ISSUER(401), DOCTOR_TOKEN(403);

        final int status;

        RefusedCredential(int status) {
            this.status = status;
        }

        RequestSpecification request() {
            RequestSpecification request = given().contentType(ContentType.JSON);
            return switch (this) {
                case NO_TOKEN -> request;
                case EXPIRED_TOKEN -> request.auth().oauth2(TestTokens.expired("admin", "catalogue-admin"));
                case TOKEN_FROM_ANOTHER_ISSUER ->
                    request.auth().oauth2(TestTokens.fromOtherIssuer("admin", "catalogue-admin"));
                case DOCTOR_TOKEN -> request.auth().oauth2(TestTokens.forRole("doc", "doctor"));
            };
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(RefusedCredential.class)
    void creating_an_aid_is_refused_without_a_catalogue_admin_token_and_creates_nothing(RefusedCredential credential) {
        String code = uniqueCode(credential.name());
        credential.request().body(draft(code, START))
                .when().post("/aids")
                .then().spec(problem(credential.status));
        assertNoSuchAid(code);
    }

    @Test
    void a_catalogue_admin_creates_an_aid_readable_from_its_start_date() {
        String code = uniqueCode("CREATED");
        String location = create(draft(code, START))
                .statusCode(201)
                .header("Location", endsWith("/aids/" + code))
                .body("code", equalTo(code))
                .body("versionNumber", equalTo(1))
                .body("publishedBy", equalTo("admin"))
                .extract().header("Location");

        given().queryParam("asOf", START)
                .when().get(location)
                .then().statusCode(200)
                .body("code", equalTo(code))
                .body("label", equalTo(LABEL))
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

    @ParameterizedTest(name = "{0} is 400 naming {1}")
    @CsvSource(delimiter = '|', textBlock = """
            an unknown field        | colour   | blue
            an invalid funder       | funder   | BANK
            an unknown category     | category | LOTTERY
            an end before the start | validTo  | 2029-12-31
            """)
    void a_refused_field_value_is_400_naming_the_field(String mistake, String field, String value) {
        String code = uniqueCode("BAD_" + field.toUpperCase());
        Map<String, Object> draft = draft(code, START);
        draft.put(field, value);
        create(draft).spec(problem(400))
                .body("errors.field", contains(field));
        assertNoSuchAid(code);
    }

    @Test
    void an_unknown_field_inside_the_definition_is_400_naming_it() {
        String code = uniqueCode("UNKNOWN_NESTED");
        Map<String, Object> definition = definition();
        definition.put("maxAge", 40);
        create(draft(code, START, definition)).spec(problem(400))
                .body("errors.field", contains("definition.maxAge"));
        assertNoSuchAid(code);
    }

    @Test
    void missing_required_fields_are_400_listing_each() {
        String code = uniqueCode("EMPTY");
        create(Map.of("code", code)).spec(problem(400))
                .body("errors.field", hasItems("validFrom", "label", "description", "funder", "category", "sourceUrl",
                        "definition"));
        assertNoSuchAid(code);
    }

    @Test
    void an_incompatibility_with_an_unknown_aid_is_400() {
        String code = uniqueCode("BAD_INCOMPATIBLE");
        Map<String, Object> definition = definition();
        definition.put("incompatibleWith", List.of("CAIM", "NO_SUCH_AID"));
        create(draft(code, START, definition)).spec(problem(400))
                .body("errors.field", contains("definition.incompatibleWith"))
                .body("errors.message", contains("unknown aid NO_SUCH_AID"));
        assertNoSuchAid(code);
    }

    @Test
    void a_territory_naming_an_unknown_region_or_department_is_400() {
        String code = uniqueCode("BAD_TERRITORY");
        Map<String, Object> definition = definition();
        definition.put("criteria", List.of(Map.of("type", "TERRITORY", "regions", List.of("24", "99"),
                "departments", List.of("41", "00"))));
        create(draft(code, START, definition)).spec(problem(400))
                .body("errors.field", contains("definition.criteria", "definition.criteria"))
                .body("errors.message", contains("unknown region 99", "unknown department 00"));
        assertNoSuchAid(code);
    }

    @Test
    void a_code_already_taken_is_409_and_the_existing_aid_is_unchanged() {
        String code = createdAid("TAKEN");
        Map<String, Object> second = draft(code, NEXT_START);
        second.put("label", "Une autre aide");
        create(second).spec(problem(409));
        assertOnlyTheFirstVersion(code);
        aidAsOf(code, NEXT_START).statusCode(200)
                .body("label", equalTo(LABEL));
    }
}
