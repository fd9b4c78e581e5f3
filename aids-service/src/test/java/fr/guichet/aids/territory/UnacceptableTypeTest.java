package fr.guichet.aids.territory;

import static fr.guichet.aids.Problems.problem;
import static io.restassured.RestAssured.given;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** A read with no input to refuse still refuses a type it cannot answer in: the 4xx its document states. */
@QuarkusTest
class UnacceptableTypeTest {

    @Test
    void the_regions_asked_as_xml_are_a_406_problem() {
        given().accept("application/xml").get("/territories/regions").then().spec(problem(406));
    }
}
