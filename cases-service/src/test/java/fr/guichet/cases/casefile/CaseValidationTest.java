package fr.guichet.cases.casefile;

import static fr.guichet.cases.Cases.problem;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import fr.guichet.cases.Actors;
import fr.guichet.cases.Cases;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;

/**
 * Creating a case refuses every mistake with a 400 naming the field, and a refused create changes nothing:
 * the partner that sent it still sees only the one case it created before.
 */
@QuarkusTest
class CaseValidationTest {

    private final String client = "validation-" + System.nanoTime();

    /** The partner already has a case, so that "nothing changed" is not merely "still empty". */
    @BeforeEach
    void the_partner_has_one_case() {
        create(Cases.newCase(Actors.RPPS_PAUL, Cases.BLOIS)).then().statusCode(201);
    }

    private Response create(Map<String, Object> body) {
        return Cases.createAsPartner(client, "key-" + System.nanoTime(), body);
    }

    /** Sends a create that must be refused, and checks that the cases the partner sees are the same after. */
    private ValidatableResponse refused(Map<String, Object> body) {
        List<String> before = listed();
        ValidatableResponse answer = create(body).then();
        assertThat(listed(), equalTo(before));
        return answer;
    }

    private List<String> listed() {
        return Actors.partner(client).get("/cases").then().statusCode(200).extract().path("items.id");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> part(Map<String, Object> request, String name) {
        return (Map<String, Object>) request.get(name);
    }

    private static Map<String, Object> withProfessional(String field, Object value) {
        Map<String, Object> request = Cases.newCase(Actors.RPPS_PAUL, Cases.BLOIS);
        part(request, "professional").put(field, value);
        return request;
    }

    private static Map<String, Object> withProject(String field, Object value) {
        Map<String, Object> request = Cases.newCase(Actors.RPPS_PAUL, Cases.BLOIS);
        part(request, "project").put(field, value);
        return request;
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"10005173141", "1000517314", "100051731400", "1000517314A", "ABCDEFGHIJK"})
    void a_bad_rpps_is_400_naming_professional_rpps(String rpps) {
        refused(withProfessional("rpps", rpps)).spec(problem(400))
                .body("errors.field", contains("professional.rpps"))
                .body("errors.message", contains("must be an RPPS number: 11 digits with a valid check digit"));
    }

    @Test
    void a_partner_must_give_the_rpps() {
        Map<String, Object> request = Cases.newCase(null, Cases.BLOIS);

        refused(request).spec(problem(400)).body("errors.field", contains("professional.rpps"));
    }

    @Test
    void missing_required_fields_are_400_listing_each() {
        Map<String, Object> request = Cases.newCase(Actors.RPPS_PAUL, Cases.BLOIS);
        for (String field : List.of("firstName", "lastName", "email", "profession", "careerStage")) {
            part(request, "professional").remove(field);
        }
        part(request, "project").remove("targetCommune");

        refused(request).spec(problem(400)).body("errors.field", containsInAnyOrder(
                "professional.firstName", "professional.lastName", "professional.email", "professional.profession",
                "professional.careerStage", "project.targetCommune"));
    }

    @Test
    void an_empty_body_is_400_listing_the_professional_and_the_project() {
        refused(new HashMap<String, Object>()).spec(problem(400))
                .body("errors.field", containsInAnyOrder("professional", "project"));
    }

    @Test
    void an_unknown_field_is_400_naming_it() {
        Map<String, Object> request = Cases.newCase(Actors.RPPS_PAUL, Cases.BLOIS);
        request.put("priority", "HIGH");

        refused(request).spec(problem(400)).body("errors.field", contains("priority"));
    }

    @Test
    void an_unknown_field_inside_the_professional_is_400_naming_it() {
        refused(withProfessional("nickname", "Doc")).spec(problem(400))
                .body("errors.field", contains("professional.nickname"));
    }

    @Test
    void an_unknown_profession_is_400_naming_the_field() {
        refused(withProfessional("profession", "SURGEON")).spec(problem(400))
                .body("errors.field", contains("professional.profession"));
    }

    @Test
    void an_unknown_channel_is_400_naming_the_field() {
        Map<String, Object> request = Cases.newCase(Actors.RPPS_PAUL, Cases.BLOIS);
        request.put("channel", "FAX");

        refused(request).spec(problem(400)).body("errors.field", contains("channel"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"4809", "480950", "2C004", "ABCDE", "48 95", ""})
    void a_malformed_insee_code_is_400_naming_the_target_commune(String insee) {
        refused(withProject("targetCommune", insee)).spec(problem(400))
                .body("errors.field", contains("project.targetCommune"));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({
        "professional, email, not-an-email",
        "professional, phone, call me",
        "project, plannedStartDate, 04/01/2027",
        "project, daysPerWeek, 8",
        "project, practiceMode, FREELANCE",
        "project, daysPerWeek, 4.25",
    })
    void a_refused_field_value_is_400_naming_the_field(String part, String field, String value) {
        Map<String, Object> request = Cases.newCase(Actors.RPPS_PAUL, Cases.BLOIS);
        part(request, part).put(field, value);

        refused(request).spec(problem(400)).body("errors.field", hasItem(part + "." + field));
    }

    @Test
    void a_nul_character_in_a_text_is_400_naming_the_field() {
        refused(withProfessional("lastName", "Mar\u0000tin")).spec(problem(400))
                .body("errors.field", contains("professional.lastName"));
    }

    @Test
    void a_nul_character_in_the_notes_is_400_naming_the_field() {
        refused(withProject("notes", "Rappeler\u0000lundi")).spec(problem(400))
                .body("errors.field", contains("project.notes"));
    }

    @Test
    void malformed_json_is_400() {
        List<String> before = listed();

        Actors.partner(client).header("Idempotency-Key", "key-" + System.nanoTime())
                .body("{\"professional\": {\"rpps\": ").post("/cases").then().spec(problem(400));

        assertThat(listed(), equalTo(before));
    }

    @Test
    void a_body_that_is_not_json_is_415() {
        List<String> before = listed();

        Actors.partner(client).header("Idempotency-Key", "key-" + System.nanoTime()).contentType(ContentType.TEXT)
                .body("professional=Martin").post("/cases").then().spec(problem(415));

        assertThat(listed(), equalTo(before));
    }

    @ParameterizedTest(name = "{0} is in department {1}")
    @CsvSource({"2A004, 2A", "2B033, 2B", "97411, 974", "48095, 48", "02408, 02"})
    void the_department_is_derived_from_the_insee_code(String insee, String department) {
        String id = create(Cases.newCase(Actors.RPPS_PAUL, insee)).then().statusCode(201)
                .body("project.department", equalTo(department))
                .body("reference", startsWith("GU-" + department + "-"))
                .extract().path("id");

        Actors.partner(client).get("/cases/" + id).then().statusCode(200).body("project.department", equalTo(department));
    }
}
