package fr.guichet.cases.webhook;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * When a failed delivery is tried again: exponential backoff from {@code first}, doubled at each attempt up to
 * {@code longest}, plus up to a quarter more at random so that the retries of many deliveries do not arrive at a
 * receiver together; none after {@code giveUpAfter} from the first queueing (the delivery is dead-lettered).
 */
record RetrySchedule(Duration first, Duration longest, Duration giveUpAfter) {

    Optional<Instant> next(int attemptsMade, Instant queuedAt, Instant now, RandomGenerator random) {
        long doublings = Math.min(attemptsMade - 1L, 30);
        long delay = Math.min(first.toMillis() << doublings, longest.toMillis());
        long jitter = (long) (delay * 0.25 * random.nextDouble());
        Instant at = now.plusMillis(delay + jitter);
        return at.isAfter(queuedAt.plus(giveUpAfter)) ? Optional.empty() : Optional.of(at);
    }
}
