package fr.guichet.cases.policy;

import static fr.guichet.cases.Actors.doctorThroughProSanteConnect;
import static fr.guichet.cases.Cases.problem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import fr.guichet.cases.Actors;
import fr.guichet.cases.Cases;
import fr.guichet.testsupport.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

/**
 * A doctor who logged in through Pro Santé Connect has the national identifier ("8" then the RPPS number) in the
 * idnps claim and no rpps claim: their RPPS is read from it, and held to the same rule as any RPPS.
 */
@QuarkusTest
class ProSanteConnectCallerTest {

    /** A Luhn-valid RPPS number that no other test uses. */
    private static final String RPPS = "10101234564";

    private static String unique(String prefix) {
        return prefix + System.nanoTime();
    }

    @Test
    void a_doctor_with_only_the_national_identifier_files_and_sees_their_case_under_its_rpps() {
        String user = unique("psc-");
        String id = Cases.create(doctorThroughProSanteConnect(user, "8" + RPPS), Cases.newCase(null, Cases.LAON));

        doctorThroughProSanteConnect(user, "8" + RPPS).get("/cases/" + id).then().statusCode(200)
                .body("professional.rpps", equalTo(RPPS));
        doctorThroughProSanteConnect(user, "8" + RPPS).get("/cases").then().statusCode(200)
                .body("items.id", hasItem(id));
    }

    @Test
    void the_rpps_of_the_national_identifier_opens_the_doctors_own_data_and_no_one_elses() {
        String user = unique("psc-");
        Cases.create(doctorThroughProSanteConnect(user, "8" + RPPS), Cases.newCase(null, Cases.LAON));

        doctorThroughProSanteConnect(user, "8" + RPPS).get("/privacy/professionals/" + RPPS + "/export")
                .then().statusCode(200).body("rpps", equalTo(RPPS));
        doctorThroughProSanteConnect(user, "8" + RPPS).get("/privacy/professionals/" + Actors.RPPS_PAUL + "/export")
                .then().spec(problem(404));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "810101234565", // a wrong check digit
        "010101234564", // not an RPPS number (another prefix)
        "81010123456", // too short
        "8101012345645", // too long
        "8abcdefghijk"})
    void a_malformed_national_identifier_gives_no_rpps_so_the_doctor_cannot_file_a_case(String nationalIdentifier) {
        doctorThroughProSanteConnect(unique("psc-"), nationalIdentifier).body(Cases.newCase(null, Cases.LAON))
                .post("/cases").then().spec(problem(403));
    }

    @Test
    void the_rpps_claim_of_the_realms_own_accounts_comes_before_the_national_identifier() {
        String token = TestTokens.forRole(unique("both-"), "doctor",
                Map.of("rpps", Actors.RPPS_PAUL, "idnps", "8" + RPPS));

        RestAssured.given().auth().oauth2(token).contentType("application/json")
                .body(Cases.newCase(null, Cases.LAON)).post("/cases").then().statusCode(201)
                .body("professional.rpps", equalTo(Actors.RPPS_PAUL));
    }
}
