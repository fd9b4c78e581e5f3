package fr.guichet.aids;

import static fr.guichet.aids.Problems.problem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** A malformed path parameter is the client's mistake: a 400 problem naming it, never a 404 page. */
@QuarkusTest
class MalformedPathParameterTest {

    @Test
    void an_aid_code_in_lower_case_is_refused_naming_code() {
        given().get("/aids/occitanie-montagne")
                .then().spec(problem(400)).body("errors.field", contains("code"));
    }

    @Test
    void an_aid_code_is_checked_on_its_versions_too() {
        given().get("/aids/x/versions")
                .then().spec(problem(400)).body("errors.field", contains("code"));
    }

    @Test
    void an_insee_code_of_four_digits_is_refused_naming_insee() {
        given().get("/territories/communes/4809")
                .then().spec(problem(400)).body("errors.field", contains("insee"));
    }
}
