package fr.guichet.welcome.registration;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import fr.guichet.common.problem.ProblemException;
import fr.guichet.common.time.GuichetClock;
import fr.guichet.welcome.event.EventService;
import fr.guichet.welcome.event.WelcomeEvent;
import fr.guichet.welcome.policy.EventPolicy;
import fr.guichet.welcome.registration.RegistrationViews.AttendanceView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * The list of people present, ticked by the organiser on the day. Each list sent replaces the previous one, so sending
 * the same list again (a list ticked offline, sent once back online, perhaps twice) changes nothing.
 */
@ApplicationScoped
public class AttendanceService {

    @Inject
    RegistrationRepository registrations;

    @Inject
    EventService events;

    @Inject
    EventPolicy policy;

    @Inject
    Clock clock;

    @Transactional
    public AttendanceView record(UUID eventId, List<UUID> present) {
        WelcomeEvent event = policy.requireEditable(events.lock(eventId));
        if (!event.open()) {
            throw ProblemException.conflict("This event is " + event.status + "; it takes no attendance.");
        }
        Instant dayStarts = GuichetClock.startOfDay(event.startsAt.atZone(GuichetClock.ZONE).toLocalDate());
        if (Instant.now(clock).isBefore(dayStarts)) {
            throw ProblemException.conflict("Attendance is taken from the event's day on.");
        }
        Set<UUID> ticked = new HashSet<>(present);
        List<Registration> live = registrations.live(event.id);
        Set<UUID> known = new HashSet<>(live.stream().map(r -> r.id).toList());
        List<UUID> strangers = ticked.stream().filter(id -> !known.contains(id)).sorted().toList();
        if (!strangers.isEmpty()) {
            throw ProblemException.unprocessable("These are not registrations to this event (or were cancelled): " + strangers);
        }
        live.forEach(r -> r.present = ticked.contains(r.id));
        return view(event.id, live);
    }

    public AttendanceView get(UUID eventId) {
        WelcomeEvent event = policy.requireRegistrantsReadable(events.find(eventId));
        return view(event.id, registrations.live(event.id));
    }

    private static AttendanceView view(UUID eventId, List<Registration> live) {
        return new AttendanceView(eventId, live.stream().filter(r -> r.present).map(r -> r.id).sorted().toList());
    }
}
