package fr.guichet.welcome.offer;

import static fr.guichet.testsupport.Problems.problem;
import static fr.guichet.welcome.Events.with;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.guichet.testsupport.MovableClock;
import fr.guichet.welcome.Actors;
import fr.guichet.welcome.Offers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;

/**
 * The public search: only published offers between their first and last day, each filter alone, around a commune by
 * distance, and French full text. Each test finds its own offers by a marker word among those of the other tests.
 */
@QuarkusTest
class OfferSearchTest {

    private static final String MENDE = "48095";
    private static final String MARVEJOLS = "48092";
    private static final String FLORAC = "48061";
    private static final String SAINT_CHELY = "48140";

    @Inject
    MovableClock clock;

    private String marker;
    private LocalDate today;

    @BeforeEach
    void aMarkerAndADay() {
        clock.set(Instant.now());
        today = LocalDate.now(clock);
        marker = Offers.marker();
    }

    @AfterEach
    void resetTheClock() {
        clock.reset();
    }

    @Test
    void only_published_offers_are_found() {
        String published = publish(job(MENDE));
        Offers.create(Offers.organiser48(), job(MENDE));

        search(Map.of()).body("items.id", contains(published));
    }

    @Test
    void an_offer_is_found_from_its_first_day_to_its_last() {
        String now = publish(job(MENDE));
        String later = publish(with(with(job(MENDE), "publishedFrom", today.plusDays(10).toString()), "expiresOn",
                today.plusDays(40).toString()));

        search(Map.of()).body("items.id", contains(now));
        clock.advance(Duration.ofDays(10));
        search(Map.of()).body("items.id", containsInAnyOrder(now, later));
        clock.advance(Duration.ofDays(21));
        search(Map.of()).body("items.id", contains(later));
        Actors.anonymous().get("/offers/" + now).then().spec(problem(404));
        Offers.organiser48().get("/offers/" + now).then().statusCode(200);
        clock.advance(Duration.ofDays(10));
        search(Map.of()).body("items", empty());
    }

    @Test
    void the_search_keeps_one_department() {
        String lozere = publish(job(MENDE));
        String loirEtCher = Offers.published(Actors.organiser41(), Actors.organiser41(),
                with(with(job(MENDE), "department", "41"), "communeInsee", "41018"));

        search(Map.of("department", "48")).body("items.id", contains(lozere));
        search(Map.of("department", "41")).body("items.id", contains(loirEtCher));
    }

    @Test
    void the_search_keeps_one_commune() {
        String mende = publish(job(MENDE));
        publish(job(MARVEJOLS));

        search(Map.of("commune", MENDE)).body("items.id", contains(mende)).body("items[0].distanceKm", nullValue());
    }

    @Test
    void around_a_commune_the_nearest_come_first_with_their_distance() {
        String florac = publish(job(FLORAC));
        String mende = publish(job(MENDE));
        String marvejols = publish(job(MARVEJOLS));
        publish(job(SAINT_CHELY));

        search(Map.of("commune", MENDE, "radiusKm", 30)).body("items.id", contains(mende, marvejols, florac))
                .body("items.distanceKm", contains(0.0f, 15.9f, 26.2f));
        search(Map.of("commune", MENDE, "radiusKm", 20)).body("items.id", contains(mende, marvejols));
        search(Map.of("commune", MARVEJOLS, "radiusKm", 40)).body("items.id", hasSize(4));
    }

    @Test
    void the_search_keeps_one_kind_and_one_audience() {
        String job = publish(job(MENDE));
        String housing = publish(Offers.housing48(MENDE, today, marker));

        search(Map.of("kind", "HOUSING")).body("items.id", contains(housing));
        search(Map.of("kind", "JOB")).body("items.id", contains(job));
        search(Map.of("audience", "INTERNS")).body("items.id", contains(housing));
        search(Map.of("audience", "REPLACEMENTS")).body("items.id", contains(job));
    }

    @Test
    void french_full_text_sets_aside_plurals_and_accents() {
        String job = publish(job(MENDE));
        String housing = publish(Offers.housing48(MENDE, today, marker));

        search(Map.of("q", marker + " médecins")).body("items.id", contains(job));
        search(Map.of("q", marker + " MEDECIN generaliste")).body("items.id", contains(job));
        search(Map.of("q", marker + " internes")).body("items.id", contains(housing));
        search(Map.of("q", marker + " -colocation")).body("items.id", contains(job));
    }

    @Test
    void the_search_is_paged() {
        publish(job(MENDE));
        publish(job(MENDE));
        publish(job(MENDE));

        String next = search(Map.of("limit", 2)).body("items", hasSize(2)).body("nextCursor", notNullValue())
                .extract().path("nextCursor");
        search(Map.of("limit", 2, "cursor", next)).body("items", hasSize(1)).body("nextCursor", nullValue());
    }

    @Test
    void a_search_that_does_not_hold_together_is_refused() {
        Actors.anonymous().queryParam("radiusKm", 30).get("/offers").then().spec(problem(400))
                .body("errors[0].field", equalTo("radiusKm"));
        Actors.anonymous().queryParams(Map.of("commune", MENDE, "radiusKm", 0)).get("/offers").then().spec(problem(400))
                .body("errors[0].field", equalTo("radiusKm"));
        Actors.anonymous().queryParams(Map.of("commune", MENDE, "radiusKm", 500)).get("/offers").then().spec(problem(400));
        Actors.anonymous().queryParams(Map.of("commune", "48999", "radiusKm", 10)).get("/offers").then().spec(problem(400))
                .body("errors[0].field", equalTo("commune"));
        Actors.anonymous().queryParams(Map.of("commune", "12218", "radiusKm", 10)).get("/offers").then().spec(problem(422));
        Actors.anonymous().queryParam("kind", "CAR").get("/offers").then().spec(problem(400));
        Actors.anonymous().queryParam("cursor", "nope").get("/offers").then().spec(problem(400));
    }

    private Map<String, Object> job(String communeInsee) {
        return Offers.job48(communeInsee, today, marker);
    }

    private static String publish(Map<String, Object> offer) {
        return Offers.published(Offers.organiser48(), Offers.organiser48(), offer);
    }

    /** The search with these filters, among this test's offers only (its marker). */
    private ValidatableResponse search(Map<String, Object> filters) {
        Map<String, Object> query = new HashMap<>(filters);
        query.merge("q", marker, (given, mine) -> given);
        return Actors.anonymous().queryParams(query).get("/offers").then().statusCode(200);
    }
}
