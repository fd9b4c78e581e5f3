package fr.guichet.welcome.registration;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Registrations as answered: to the public without any personal data, to the event's organisers with it. */
public final class RegistrationViews {

    private RegistrationViews() {
    }

    @Schema(name = "Registration", description = "A registration as its registrant reads it: no personal data")
    public record RegistrationView(
            UUID id,
            UUID eventId,
            RegistrationStatus status,
            @Schema(nullable = true, description = "Place on the waiting list, from 1, while WAITING") Integer waitingPosition) {
    }

    @Schema(name = "Registrant", description = "A registration as the event's organisers and correspondants read it")
    public record RegistrantView(
            UUID id,
            RegistrationStatus status,
            @Schema(nullable = true) Integer waitingPosition,
            @Schema(nullable = true, description = "Null once anonymised") String firstName,
            @Schema(nullable = true) String lastName,
            @Schema(nullable = true) String email,
            RegistrantStatus registrantStatus,
            @Schema(nullable = true) String faculty,
            @Schema(nullable = true) Integer year,
            boolean present,
            Instant registeredAt,
            @Schema(nullable = true) Instant anonymisedAt,
            @Schema(nullable = true, description = "The quick request of cases-service this registrant became")
            UUID quickRequestId,
            @Schema(nullable = true, description = "What they answered in the survey after the event; null until then")
            SurveyReplies.Reply survey) {
    }

    @Schema(name = "AttendanceView", description = "The registrations marked present")
    public record AttendanceView(UUID eventId, List<UUID> present) {
    }
}
