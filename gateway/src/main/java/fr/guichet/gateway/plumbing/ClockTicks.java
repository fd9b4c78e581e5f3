package fr.guichet.gateway.plumbing;

import java.time.Clock;
import java.time.Instant;

import com.github.benmanes.caffeine.cache.Ticker;

/**
 * The injected clock as the ticker of the gateway's caches, so that what they keep expires by the one
 * clock, which tests move instead of sleeping.
 */
public final class ClockTicks {

    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private ClockTicks() {
    }

    public static Ticker of(Clock clock) {
        return () -> {
            Instant now = clock.instant();
            return now.getEpochSecond() * NANOS_PER_SECOND + now.getNano();
        };
    }
}
