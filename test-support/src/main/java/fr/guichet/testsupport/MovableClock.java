package fr.guichet.testsupport;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import fr.guichet.common.time.GuichetClock;
import jakarta.inject.Singleton;

/**
 * The services' clock in tests: it runs like the real one until a test sets or advances it, so tests
 * move time instead of sleeping. A test that moves it puts it back with {@link #reset()}.
 */
@Singleton
public class MovableClock extends Clock {

    private volatile Duration offset = Duration.ZERO;
    private volatile Instant fixed;

    @Override
    public ZoneId getZone() {
        return GuichetClock.ZONE;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(instant(), zone);
    }

    @Override
    public Instant instant() {
        Instant base = fixed;
        return (base != null ? base : Clock.systemUTC().instant()).plus(offset);
    }

    /** Stops the clock at this instant; it then moves only by {@link #advance}. */
    public void set(Instant instant) {
        fixed = instant;
        offset = Duration.ZERO;
    }

    public void advance(Duration by) {
        offset = offset.plus(by);
    }

    public void reset() {
        fixed = null;
        offset = Duration.ZERO;
    }
}
