package fr.guichet.aids;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.time.Instant;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import fr.guichet.testsupport.MovableClock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/**
 * Without {@code asOf}, reads answer as of today in Paris: at 23:30 UTC on 31 December it is already
 * 1 January there. The CAIM ended on 31 December 2025.
 */
@QuarkusTest
class TodayIsTheParisDateTest {

    private static final Instant NEW_YEAR_IN_PARIS = Instant.parse("2025-12-31T23:30:00Z");
    private static final Instant NEW_YEARS_EVE_IN_PARIS = Instant.parse("2025-12-31T22:30:00Z");

    @Inject
    MovableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void the_aids_listed_without_a_date_are_those_in_force_on_the_paris_date() {
        clock.set(NEW_YEARS_EVE_IN_PARIS);
        given().queryParam("limit", 100).when().get("/aids")
                .then().statusCode(200)
                .body("items.code", hasItem("CAIM"));

        clock.set(NEW_YEAR_IN_PARIS);
        given().queryParam("limit", 100).when().get("/aids")
                .then().statusCode(200)
                .body("items.code", not(hasItem("CAIM")));
    }

    @Test
    void an_aid_read_without_a_date_is_read_on_the_paris_date() {
        clock.set(NEW_YEARS_EVE_IN_PARIS);
        given().when().get("/aids/CAIM").then().statusCode(200);

        clock.set(NEW_YEAR_IN_PARIS);
        given().when().get("/aids/CAIM").then().statusCode(404);
    }

    @Test
    void a_commune_read_without_a_date_is_described_on_the_paris_date() {
        clock.set(NEW_YEAR_IN_PARIS);
        given().when().get("/territories/communes/48095")
                .then().statusCode(200)
                .body("asOf", equalTo("2026-01-01"));
    }
}
