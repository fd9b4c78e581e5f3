package fr.guichet.cases.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class RetryScheduleTest {

    private static final Instant QUEUED = Instant.parse("2027-01-04T08:00:00Z");
    private final RetrySchedule schedule = new RetrySchedule(Duration.ofSeconds(5), Duration.ofMinutes(1), Duration.ofHours(24));
    private final SplittableRandom random = new SplittableRandom(42);

    @Test
    void the_wait_doubles_from_the_first_with_at_most_a_quarter_more() {
        Instant now = QUEUED.plusSeconds(30);
        for (int attempts = 1; attempts <= 3; attempts++) {
            long wait = Duration.between(now, schedule.next(attempts, QUEUED, now, random).orElseThrow()).toMillis();
            long base = 5_000L << (attempts - 1);
            assertTrue(wait >= base && wait <= base * 5 / 4, "attempt " + attempts + " waits " + wait + " ms");
        }
    }

    @Test
    void after_any_outage_the_next_attempt_is_at_most_a_minute_and_its_jitter_away() {
        Instant now = QUEUED.plus(Duration.ofHours(5));
        for (int attempts = 5; attempts <= 2_000; attempts *= 3) {
            Optional<Instant> next = schedule.next(attempts, QUEUED, now, random);
            long wait = Duration.between(now, next.orElseThrow()).toSeconds();
            assertTrue(wait >= 60 && wait <= 75, "after " + attempts + " attempts the next waits " + wait + " s");
        }
    }

    @Test
    void none_after_a_day_from_the_queueing() {
        Instant now = QUEUED.plus(Duration.ofHours(24)).minusSeconds(30);
        assertEquals(Optional.empty(), schedule.next(300, QUEUED, now, random));
    }
}
