package fr.guichet.welcome.event;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.guichet.welcome.event.EventInputs.Audience;
import fr.guichet.welcome.event.EventInputs.Place;

/** An event as anyone who may see it reads it: no registrant's data, only how many places are left. */
@Schema(name = "Event")
public record EventView(
        UUID id,
        @Schema(description = "The version, also the ETag to send in If-Match") int version,
        EventStatus status,
        EventKind kind,
        String title,
        Instant startsAt,
        Instant endsAt,
        String department,
        @Schema(nullable = true) Place place,
        @Schema(nullable = true) String onlineUrl,
        Audience audience,
        int capacity,
        @Schema(description = "Confirmed places still free; 0 means a registration goes to the waiting list") int placesLeft,
        @Schema(nullable = true) String programme,
        List<String> partners,
        @Schema(description = "The code of the organisation that holds the event", example = "CD-41") String organisation,
        @Schema(nullable = true) Instant publishedAt) {

    static EventView of(WelcomeEvent e, int confirmed) {
        Place place = e.communeInsee == null ? null : new Place(e.communeInsee, e.address);
        Audience audience = new Audience(Arrays.asList(e.studentYears),
                Arrays.stream(e.internSpecialties).map(InternSpecialty::valueOf).toList(), e.replacements);
        return new EventView(e.id, e.version, e.status, e.kind, e.title, e.startsAt, e.endsAt, e.department, place,
                e.onlineUrl, audience, e.capacity, Math.max(0, e.capacity - confirmed), e.programme, List.of(e.partners),
                e.organisation, e.publishedAt);
    }
}
