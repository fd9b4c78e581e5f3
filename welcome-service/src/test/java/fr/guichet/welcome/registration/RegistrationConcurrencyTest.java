package fr.guichet.welcome.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import fr.guichet.welcome.Actors;
import fr.guichet.welcome.Events;
import io.quarkus.test.junit.QuarkusTest;

/** Registrations of one event take their places one at a time (the event's row lock): never more confirmed than places. */
@QuarkusTest
class RegistrationConcurrencyTest {

    @Test
    void fifty_parallel_registrations_for_ten_places_confirm_exactly_ten() throws Exception {
        String event = Events.published(Actors.organiser41(), Actors.organiser41(), Events.welcomeDay41(Instant.now(), 25, 10));
        CountDownLatch start = new CountDownLatch(1);
        List<Callable<String>> registrations = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            String email = "parallele-" + i + "@example.fr";
            registrations.add(() -> {
                start.await();
                return Actors.anonymous().body(Events.registrant("Interne " + email, email))
                        .post("/events/" + event + "/registrations").then().statusCode(201).extract().path("status");
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(50);
        try {
            List<Future<String>> answers = new ArrayList<>();
            registrations.forEach(r -> answers.add(pool.submit(r)));
            start.countDown();
            List<String> statuses = new ArrayList<>();
            for (Future<String> answer : answers) {
                statuses.add(answer.get());
            }
            Map<String, Long> counts = statuses.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
            assertEquals(Map.of("CONFIRMED", 10L, "WAITING", 40L), counts);
        } finally {
            pool.shutdownNow();
        }
        List<Integer> positions = Actors.organiser41().queryParam("status", "WAITING").queryParam("limit", "100")
                .get("/events/" + event + "/registrations").then().statusCode(200).extract().path("items.waitingPosition");
        assertEquals(java.util.stream.IntStream.rangeClosed(1, 40).boxed().toList(), positions.stream().sorted().toList());
        Actors.anonymous().get("/events/" + event).then().statusCode(200).body("placesLeft", org.hamcrest.Matchers.equalTo(0));
    }
}
