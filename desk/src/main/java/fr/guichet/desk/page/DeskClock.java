package fr.guichet.desk.page;

import java.time.Clock;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The desk's one source of "today": French days, whatever the machine's zone; tests may replace it. */
@Singleton
public class DeskClock {

    @Produces
    @Singleton
    Clock clock() {
        return Clock.system(French.ZONE);
    }
}
