package fr.guichet.common.time;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * The one source of "now" and "today": business dates are French dates, so the clock's zone is
 * Europe/Paris whatever the machine's. Inject {@link Clock} and read {@code Instant.now(clock)} or
 * {@code LocalDate.now(clock)}; tests replace this bean with a clock they move.
 */
@Singleton
public class GuichetClock {

    public static final ZoneId ZONE = ZoneId.of("Europe/Paris");

    /** The instant a French day starts, for filters over instants given as dates. */
    public static Instant startOfDay(LocalDate date) {
        return date.atStartOfDay(ZONE).toInstant();
    }

    @Produces
    @Singleton
    @DefaultBean
    Clock clock() {
        return Clock.system(ZONE);
    }
}
