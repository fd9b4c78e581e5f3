package fr.guichet.aids.eligibility;

import static fr.guichet.aids.Problems.problem;
import static fr.guichet.aids.eligibility.Projects.LAON;
import static fr.guichet.aids.eligibility.Projects.installingInMende;
import static fr.guichet.aids.eligibility.Projects.project;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import fr.guichet.testsupport.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** What the simulator refuses, what it cannot decide without more information, and how it adds up aids. */
@QuarkusTest
class EligibilityValidationTest {

    private static final String MONTPELLIER = "34172";
    private static final String QUIMPER = "29232";

    private static ValidatableResponse post(Map<String, Object> project) {
        return given().contentType(ContentType.JSON).body(project)
                .when().post("/eligibility")
                .then();
    }

    private static String aid(String code) {
        return "aids.find { it.code == '" + code + "' }";
    }

    private static String createAid(String prefix, long amountCents, List<String> incompatibleWith) {
        String code = prefix + "_" + System.nanoTime();
        Map<String, Object> definition = Map.of(
                "professions", List.of("GENERAL_PRACTITIONER"),
                "careerStages", List.of("INSTALLING"),
                "criteria", List.of(Map.of("type", "TERRITORY", "departments", List.of("29"))),
                "amount", Map.of("kind", "ONE_OFF", "amountCents", amountCents, "monthsAfterStart", 0),
                "incompatibleWith", incompatibleWith);
        Map<String, Object> draft = Map.of(
                "code", code,
                "validFrom", "2031-01-01",
                "label", "Prime à l'installation en Finistère (" + prefix + ")",
                "description", "Prime versée à l'installation d'un médecin généraliste dans le Finistère.",
                "funder", "REGION",
                "category", "LOCAL_AUTHORITY_INSTALLATION",
                "sourceUrl", "https://www.finistere.fr/installation-medecins",
                "definition", definition);
        given().auth().oauth2(TestTokens.forRole("admin", "catalogue-admin")).contentType(ContentType.JSON).body(draft)
                .when().post("/aids")
                .then().statusCode(201);
        return code;
    }

    @Test
    void a_request_without_a_project_is_400() {
        given().contentType(ContentType.JSON)
                .when().post("/eligibility")
                .then().spec(problem(400));
    }

    @Test
    void a_project_without_profession_is_400_naming_it() {
        Map<String, Object> project = installingInMende("2026-03-01");
        project.remove("profession");
        post(project).spec(problem(400))
                .body("errors.field", contains("profession"));
    }

    @Test
    void an_unknown_career_stage_is_400_naming_it() {
        Map<String, Object> project = installingInMende("2026-03-01");
        project.put("careerStage", "RETIRED");
        post(project).spec(problem(400))
                .body("errors.field", contains("careerStage"));
    }

    @Test
    void more_than_seven_days_a_week_is_400() {
        Map<String, Object> project = installingInMende("2026-03-01");
        project.put("daysPerWeek", 9);
        post(project).spec(problem(400))
                .body("errors.field", contains("daysPerWeek"));
    }

    @Test
    void a_negative_number_of_months_of_study_and_an_unknown_practice_site_are_400_naming_them() {
        Map<String, Object> project = installingInMende("2026-03-01");
        project.put("remainingStudyMonths", -1);
        post(project).spec(problem(400)).body("errors.field", hasItem("remainingStudyMonths"));
        project.remove("remainingStudyMonths");
        project.put("practiceSite", "GARAGE");
        post(project).spec(problem(400)).body("errors.field", hasItem("practiceSite"));
    }

    @Test
    void a_malformed_insee_code_is_400() {
        Map<String, Object> project = installingInMende("2026-03-01");
        project.put("targetCommune", "Mende");
        post(project).spec(problem(400))
                .body("errors.field", contains("targetCommune"));
    }

    @Test
    void an_unknown_field_is_400_naming_it() {
        Map<String, Object> project = installingInMende("2026-03-01");
        project.put("age", 31);
        post(project).spec(problem(400))
                .body("errors.field", contains("age"));
    }

    @Test
    void a_malformed_date_is_400_naming_it() {
        Map<String, Object> project = installingInMende("2026-03-01");
        project.put("plannedStartDate", "01/03/2026");
        post(project).spec(problem(400))
                .body("errors.field", contains("plannedStartDate"));
    }

    @Test
    void an_aid_already_received_that_the_catalogue_does_not_know_is_400() {
        Map<String, Object> project = installingInMende("2026-03-01");
        project.put("aidsAlreadyReceived", List.of(Map.of("code", "NO_SUCH_AID", "date", "2020-01-01")));
        post(project).spec(problem(400))
                .body("errors.field", contains("aidsAlreadyReceived[0].code"));
    }

    @Test
    void an_aid_already_received_without_date_is_400() {
        Map<String, Object> project = installingInMende("2026-03-01");
        project.put("aidsAlreadyReceived", List.of(Map.of("code", "CAIM")));
        post(project).spec(problem(400))
                .body("errors.field", contains("aidsAlreadyReceived[0].date"));
    }

    @Test
    void a_criterion_the_project_does_not_answer_needs_info_and_is_never_guessed() {
        Map<String, Object> project = installingInMende("2026-03-01");
        project.remove("onCallDuty");
        String pdsa = aid("PDSA_TAX_EXEMPTION");
        post(project).statusCode(200)
                .body(pdsa + ".status", equalTo("NEEDS_INFO"))
                .body(pdsa + ".criteria.find { it.criterion == 'ON_CALL_DUTY' }.outcome", equalTo("UNKNOWN"))
                .body(pdsa + ".criteria.find { it.criterion == 'ON_CALL_DUTY' }.reason", containsString("PDSA"))
                .body(pdsa + ".criteria.outcome", not(hasItem("NOT_MET")))
                .body(pdsa + ".countedInTotal", equalTo(false))
                .body("combination", not(hasItem("PDSA_TAX_EXEMPTION")));
    }

    @Test
    void a_zone_covering_only_part_of_the_commune_needs_the_address() {
        // Montpellier is outside the doctors' zoning but has a QPV, which covers only some of its streets.
        String fmt = aid("CONV2024_FMT_MAJORATION");
        post(project(MONTPELLIER, "INSTALLING", "2026-03-01")).statusCode(200)
                .body(fmt + ".status", equalTo("NEEDS_INFO"))
                .body(fmt + ".criteria.find { it.criterion == 'ZONE' }.outcome", equalTo("UNKNOWN"))
                .body(fmt + ".criteria.find { it.criterion == 'ZONE' }.reason", containsString("adresse"))
                .body(fmt + ".criteria.outcome", not(hasItem("NOT_MET")))
                .body("combination", not(hasItem("CONV2024_FMT_MAJORATION")));
    }

    @Test
    void of_two_eligible_aids_that_cannot_be_combined_only_the_one_paying_most_counts() {
        // In 2025, in a ZIP, a doctor installed for less than a year qualifies for both CAIM (50,000 €)
        // and COSCOM (15,000 €), which the convention forbids to combine.
        String caim = aid("CAIM");
        String coscom = aid("COSCOM");
        post(project(LAON, "RECENTLY_INSTALLED", "2025-06-01")).statusCode(200)
                .body(caim + ".status", equalTo("ELIGIBLE"))
                .body(caim + ".schedule.totalCents", equalTo(5_000_000))
                .body(caim + ".countedInTotal", equalTo(true))
                .body(caim + ".excludedBy", nullValue())
                .body(coscom + ".status", equalTo("ELIGIBLE"))
                .body(coscom + ".schedule.totalCents", equalTo(1_500_000))
                .body(coscom + ".countedInTotal", equalTo(false))
                .body(coscom + ".excludedBy", equalTo("CAIM"))
                .body("combination", hasItem("CAIM"))
                .body("combination", not(hasItem("COSCOM")))
                .body("totalCents", equalTo(5_000_000));
    }

    @Test
    void an_incompatibility_declared_by_either_aid_keeps_only_the_one_paying_most_in_the_total() {
        // Two aids of a department without ARS zoning, from 2031: nothing else in force there pays a known sum.
        String regionalAid = createAid("REGION_PRIME", 2_000_000, List.of());
        String departmentalAid = createAid("DEPARTMENT_PRIME", 800_000, List.of(regionalAid));

        post(project(QUIMPER, "INSTALLING", "2031-03-01")).statusCode(200)
                .body(aid(regionalAid) + ".status", equalTo("ELIGIBLE"))
                .body(aid(regionalAid) + ".countedInTotal", equalTo(true))
                .body(aid(departmentalAid) + ".status", equalTo("ELIGIBLE"))
                .body(aid(departmentalAid) + ".countedInTotal", equalTo(false))
                .body(aid(departmentalAid) + ".excludedBy", equalTo(regionalAid))
                .body("combination", hasItem(regionalAid))
                .body("combination", not(hasItem(departmentalAid)))
                .body("totalCents", equalTo(2_000_000));
    }

    @ParameterizedTest
    @ValueSource(strings = {"+10000-01-01", "+999999999-12-31", "-999999999-01-01", "2026-02-30", "26-03-01"})
    void a_date_outside_the_api_format_is_400_naming_the_field(String date) {
        Map<String, Object> project = installingInMende("2026-03-01");
        project.put("plannedStartDate", date);
        post(project).spec(problem(400)).body("errors.field", hasItem("plannedStartDate"));
    }

    @Test
    void a_null_aid_received_is_400_naming_its_place() {
        Map<String, Object> project = installingInMende("2026-03-01");
        project.put("aidsAlreadyReceived", Arrays.asList((Object) null));
        post(project).spec(problem(400)).body("errors.field", hasItem(containsString("aidsAlreadyReceived")));
    }
}
