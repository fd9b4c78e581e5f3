package fr.guichet.welcome.idempotency;

import static fr.guichet.welcome.Events.problem;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import fr.guichet.welcome.Actors;
import fr.guichet.welcome.Events;
import fr.guichet.welcome.Offers;
import fr.guichet.welcome.Testimonials;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * An organiser's creation is safe to retry with an Idempotency-Key (design.md): the same key and body answer the first
 * creation again and create nothing, another body is 409, and each organiser's keys are their own.
 */
@QuarkusTest
class CreationRetryTest {

    @Inject
    EntityManager em;

    private static String key() {
        return "retry-" + UUID.randomUUID();
    }

    private long count(String table, String id) {
        return ((Number) em.createNativeQuery("select count(*) from " + table + " where id = cast(:id as uuid)")
                .setParameter("id", id).getSingleResult()).longValue();
    }

    private long eventsTitled(String title) {
        return ((Number) em.createNativeQuery("select count(*) from welcome_event where title = :title")
                .setParameter("title", title).getSingleResult()).longValue();
    }

    private long keysFor(String id) {
        return ((Number) em.createNativeQuery("select count(*) from idempotency_key where resource_id = cast(:id as uuid)")
                .setParameter("id", id).getSingleResult()).longValue();
    }

    @Test
    void a_retried_event_creation_answers_the_first_event_and_creates_no_second() {
        String key = key();
        Map<String, Object> event = Events.with(Events.welcomeDay41(Instant.now(), 20, 30), "title", "Journée " + key);

        String first = Actors.organiser41().header("Idempotency-Key", key).body(event).post("/events")
                .then().statusCode(201).extract().path("id");
        String again = Actors.organiser41().header("Idempotency-Key", key).body(event).post("/events")
                .then().statusCode(201).header("Location", endsWith("/events/" + first)).extract().path("id");

        assertEquals(first, again);
        assertEquals(1, eventsTitled("Journée " + key));
    }

    @Test
    void the_same_key_with_another_body_is_a_conflict_and_creates_nothing() {
        String key = key();
        Actors.organiser41().header("Idempotency-Key", key).body(Events.welcomeDay41(Instant.now(), 20, 30))
                .post("/events").then().statusCode(201);
        Map<String, Object> other = Events.with(Events.welcomeDay41(Instant.now(), 20, 30), "title", "Autre " + key);

        Actors.organiser41().header("Idempotency-Key", key).body(other).post("/events").then().spec(problem(409));

        assertEquals(0, eventsTitled("Autre " + key));
    }

    @Test
    void a_malformed_key_is_a_problem_naming_the_header() {
        Actors.organiser41().header("Idempotency-Key", "court").body(Events.welcomeDay41(Instant.now(), 20, 30))
                .post("/events").then().spec(problem(400)).body("errors[0].field", equalTo("Idempotency-Key"));
    }

    @Test
    void offers_take_a_key_too_and_another_organisers_same_key_is_its_own() {
        String key = key();
        Map<String, Object> offer = Offers.job48("48095", LocalDate.now(), Offers.marker());

        String first = Offers.organiser48().header("Idempotency-Key", key).body(offer).post("/offers")
                .then().statusCode(201).extract().path("id");
        String again = Offers.organiser48().header("Idempotency-Key", key).body(offer).post("/offers")
                .then().statusCode(201).extract().path("id");
        String another = Actors.organiser("organisateur-48-bis", "CD-48", "48").header("Idempotency-Key", key).body(offer)
                .post("/offers").then().statusCode(201).extract().path("id");

        assertEquals(first, again);
        assertNotEquals(first, another);
        assertEquals(1, count("offer", first));
        assertEquals(1, count("offer", another));
    }

    @Test
    void a_withdrawn_testimonial_leaves_no_copy_of_the_story_in_the_kept_answers() {
        String key = key();
        Map<String, Object> testimonial = Testimonials.settledInBlois("Mon installation " + key);
        String id = Actors.organiser41().header("Idempotency-Key", key).body(testimonial).post("/testimonials")
                .then().statusCode(201).extract().path("id");
        assertEquals(1, keysFor(id));

        Actors.organiser41().header("If-Match", Testimonials.etag(Actors.organiser41(), id))
                .post("/testimonials/" + id + "/withdrawal").then().statusCode(200);

        assertEquals(0, keysFor(id));
    }
}
