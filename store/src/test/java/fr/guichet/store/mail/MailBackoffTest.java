package fr.guichet.store.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A mail the SMTP server refused waits 1 minute, then twice as long each time, never more than an hour. */
class MailBackoffTest {

    @ParameterizedTest(name = "after {0} failed attempt(s): {1} minutes")
    @CsvSource({"1, 1", "2, 2", "3, 4", "6, 32", "7, 60", "50, 60"})
    void the_wait_doubles_up_to_an_hour(int failedAttempts, long minutes) {
        assertEquals(Duration.ofMinutes(minutes), MailOutbox.backoff(failedAttempts));
    }
}
