package fr.guichet.welcome.event;

import java.time.Duration;
import java.time.Instant;

import fr.guichet.common.api.HttpsUrls;
import fr.guichet.common.problem.ProblemException;
import fr.guichet.welcome.event.EventInputs.EventInput;

/** The rules an event's description keeps beyond each field's own: where, when and for whom, consistently. */
final class EventRules {

    static final Duration LONGEST = Duration.ofDays(14);
    /** The years the API's dates take (common's Dates): Jackson reads instants the database cannot store. */
    private static final Instant EARLIEST = Instant.parse("1900-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("2200-01-01T00:00:00Z");

    private EventRules() {
    }

    static void check(EventInput input) {
        if (input.startsAt().isBefore(EARLIEST) || !input.startsAt().isBefore(LATEST)) {
            throw ProblemException.invalid("startsAt", "must be an instant between 1900 and 2199");
        }
        if (!input.endsAt().isAfter(input.startsAt())) {
            throw ProblemException.invalid("endsAt", "must be after startsAt");
        }
        if (Duration.between(input.startsAt(), input.endsAt()).compareTo(LONGEST) > 0) {
            throw ProblemException.invalid("endsAt", "must be at most 14 days after startsAt");
        }
        if (input.audience().isEmpty()) {
            throw ProblemException.invalid("audience", "must name students' years, interns' specialties or replacements");
        }
        if (input.kind() == EventKind.ONLINE_SESSION) {
            if (input.onlineUrl() == null) {
                throw ProblemException.invalid("onlineUrl", "is required for an ONLINE_SESSION");
            }
            if (input.place() != null) {
                throw ProblemException.invalid("place", "must be left out for an ONLINE_SESSION");
            }
        } else if (input.place() == null) {
            throw ProblemException.invalid("place", "is required for a " + input.kind());
        }
        if (input.place() != null && !input.place().communeInsee().startsWith(input.department())) {
            throw ProblemException.invalid("place.communeInsee", "must be a commune of department " + input.department());
        }
        if (input.onlineUrl() != null && !HttpsUrls.isHttps(input.onlineUrl())) {
            throw ProblemException.invalid("onlineUrl", "must be an https address");
        }
    }

    static void checkNew(EventInput input, Instant now) {
        check(input);
        if (!input.startsAt().isAfter(now)) {
            throw ProblemException.invalid("startsAt", "must be in the future");
        }
    }
}
