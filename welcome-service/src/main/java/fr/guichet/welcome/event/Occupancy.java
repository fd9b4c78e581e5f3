package fr.guichet.welcome.event;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * How many places of events are taken: answered by the registrations (which depend on events, not the reverse), so
 * that an event's answer can say how many places are left.
 */
public interface Occupancy {

    /** The confirmed registrations of each event given; an event without any may be left out. */
    Map<UUID, Integer> confirmed(Collection<UUID> events);
}
