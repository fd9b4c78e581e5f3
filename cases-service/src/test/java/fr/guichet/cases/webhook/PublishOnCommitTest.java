package fr.guichet.cases.webhook;

import static fr.guichet.cases.webhook.Subscriptions.as;
import static fr.guichet.cases.webhook.Subscriptions.newOrganisation;
import static fr.guichet.cases.webhook.Subscriptions.subscribed;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import fr.guichet.cases.Actors;
import fr.guichet.cases.Cases;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * The publisher is woken by the commit of a change, not by its poll (the scheduler does not run in tests): the
 * partner's endpoint receives the event with no one asking for a pass.
 */
@QuarkusTest
@TestProfile(PublishOnCommitTest.OnCommit.class)
class PublishOnCommitTest {

    public static class OnCommit implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("guichet.webhooks.publish-on-commit", "true");
        }
    }

    @Test
    void a_committed_change_is_delivered_without_waiting_for_a_poll() throws InterruptedException {
        String organisation = newOrganisation();
        try (Receiver receiver = Receiver.start()) {
            subscribed(organisation, receiver.url(), "case.created");

            String id = Cases.create(as(organisation).header("Idempotency-Key", UUID.randomUUID().toString()),
                    Cases.newCase(Actors.RPPS_CLAIRE, Cases.LAON));

            assertThat(receiver.awaitReceived(1, Duration.ofSeconds(10)).stream().map(Receiver.Received::caseId).toList(),
                    contains(id));
        }
    }
}
