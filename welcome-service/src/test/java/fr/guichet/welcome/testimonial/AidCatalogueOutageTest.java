package fr.guichet.welcome.testimonial;

import static fr.guichet.welcome.Events.problem;
import static fr.guichet.welcome.Testimonials.settledInBlois;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.guichet.welcome.Actors;
import fr.guichet.welcome.AidsServiceStub;
import fr.guichet.welcome.Testimonials;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;

/**
 * aids-service down: writing a testimonial answers 503 with Retry-After and writes nothing; the public reads, which never
 * call it, keep working. Each test starts and ends with aids-service answering and the circuit closed.
 */
@QuarkusTest
class AidCatalogueOutageTest {

    @Inject
    CircuitBreakerMaintenance circuitBreakers;

    @BeforeEach
    @AfterEach
    void aidsServiceAnswers() {
        AidsServiceStub.answerNormally();
        circuitBreakers.resetAll();
    }

    @Test
    void writing_answers_503_and_writes_nothing_while_the_catalogue_fails() {
        String id = Testimonials.published(settledInBlois("Avant la panne " + System.nanoTime()))[0];
        AidsServiceStub.failWith(503);
        String title = "Pendant la panne " + System.nanoTime();

        Actors.organiser41().body(settledInBlois(title)).post("/testimonials").then().spec(problem(503))
                .header("Retry-After", equalTo("10"));

        assertEquals(3, AidsServiceStub.callsReceived(), "one call and two retries");
        Actors.organiser41().get("/testimonials/managed?limit=100").then().statusCode(200).body("items.title", not(hasItem(title)));
        Actors.anonymous().get("/testimonials/" + id).then().statusCode(200);
    }

    @Test
    void a_testimonial_without_aids_needs_no_catalogue() {
        AidsServiceStub.failWith(500);

        Testimonials.draft(Actors.organiser41(), Testimonials.with(settledInBlois("Sans aide"), "aidCodes", List.of()));

        assertEquals(0, AidsServiceStub.callsReceived());
    }
}
