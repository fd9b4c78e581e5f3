package fr.guichet.cases.webhook;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What partners send to the subscriptions API. */
public final class SubscriptionRequests {

    private SubscriptionRequests() {
    }

    @Schema(example = """
            {"url": "https://partenaire.example/guichet/webhooks", "eventTypes": ["case.created", "case.status_changed"]}""")
    public record NewSubscription(@NotBlank @Size(max = EndpointGuard.MAX_URL_LENGTH) String url,
            @NotEmpty @Size(max = 20) List<@NotBlank String> eventTypes) {
    }

    /** Pause or resume (a subscription disabled by a 410 resumes too), or change the event types; what is left out stays. */
    @Schema(example = """
            {"paused": true}""")
    public record SubscriptionChange(Boolean paused, @Size(min = 1, max = 20) List<@NotBlank String> eventTypes) {
    }

    /** Send again the events of {@code [from, to)} that the organisation may see. */
    @Schema(example = """
            {"from": "2027-01-04T08:00:00Z", "to": "2027-01-04T12:00:00Z"}""")
    public record Replay(@NotNull Instant from, @NotNull Instant to) {
    }
}
