package fr.guichet.cases.request;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the referring partner learns of the request it left: enough to keep the link, nothing of what follows. */
@Schema(name = "ReferralReceipt")
public record ReferralReceipt(
        @Schema(description = "The quick request logged") UUID id,
        String department,
        RequestStatus status,
        Instant receivedAt) {
}
