package fr.guichet.welcome.followup;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RegistrantFollowUp", description = "The quick request of cases-service a registrant became")
public record FollowUpView(
        UUID registrationId,
        @Schema(description = "The request's id in cases-service (GET /requests/{id})") UUID quickRequestId,
        @Schema(description = "Who asked for it") String linkedBy,
        Instant linkedAt) {
}
