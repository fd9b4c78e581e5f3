package fr.guichet.cases.webhook;

import static fr.guichet.cases.webhook.Subscriptions.PATH;
import static fr.guichet.cases.webhook.Subscriptions.as;
import static fr.guichet.cases.webhook.Subscriptions.newOrganisation;
import static fr.guichet.cases.webhook.Subscriptions.subscribed;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.arrayWithSize;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.standardwebhooks.Webhook;

import fr.guichet.cases.Actors;
import fr.guichet.cases.Cases;
import fr.guichet.testsupport.MovableClock;
import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/**
 * Deliveries from the outbox to a real HTTP endpoint: signed so that the Standard Webhooks reference library accepts
 * them, in order per case, retried, disabled by 410, and only about cases the organisation may see.
 */
@QuarkusTest
class DeliveryTest {

    @Inject
    WebhookPublisher publisher;

    @Inject
    MovableClock clock;

    @Inject
    AgroalDataSource database;

    @Inject
    @DataSource("webhooks")
    AgroalDataSource publisherPool;

    @AfterEach
    void putTheClockBack() {
        clock.reset();
    }

    private static String fileCase(String organisation) {
        return Cases.create(as(organisation).header("Idempotency-Key", UUID.randomUUID().toString()),
                Cases.newCase(Actors.RPPS_CLAIRE, Cases.LAON));
    }

    /** Lets the clock run {@code by} further, as the time between the publisher's passes would. */
    private void later(Duration by) {
        clock.advance(by);
        publisher.publishDue();
    }

    @Test
    void deliveries_are_signed_as_standard_webhooks_and_the_reference_library_accepts_them() throws Exception {
        String organisation = newOrganisation();
        try (Receiver receiver = Receiver.start()) {
            String[] subscription = subscribed(organisation, receiver.url(), "case.created");
            String id = fileCase(organisation);

            publisher.publishDue();

            assertThat(receiver.received(), hasSize(1));
            Receiver.Received delivery = receiver.received().get(0);
            new Webhook(subscription[1]).verify(delivery.body(), delivery.headers());
            assertThat(delivery.header("webhook-id"), equalTo(delivery.json().getString("id")));
            assertThat(delivery.header("webhook-signature"), matchesPattern("v1,[A-Za-z0-9+/]+={0,2}"));
            assertThat(delivery.type(), equalTo("case.created"));
            assertThat(delivery.caseId(), equalTo(id));
            assertThat(delivery.json().getString("data.reference"), matchesPattern("GU-02-\\d{4}-\\d{6}"));
            assertThat(delivery.json().getString("data.link"), equalTo("/api/cases/" + id));
            assertThat(delivery.json().getString("data.change.status"), equalTo("RECEIVED"));
            assertThat(delivery.json().getString("timestamp"), notNullValue());
            given().get("/q/metrics").then().statusCode(200)
                    .body(containsString("guichet_webhook_attempts_seconds_count{outcome=\"delivered\"}"));
        }
    }

    @Test
    void a_cases_events_arrive_in_the_order_they_happened() {
        String organisation = newOrganisation();
        try (Receiver receiver = Receiver.start()) {
            subscribed(organisation, receiver.url(), "case.created", "case.status_changed");
            String id = fileCase(organisation);
            Cases.moveThrough(Actors::aisne, id, "QUALIFIED", "PROJECT_DEFINED");

            publisher.publishDue();

            assertThat(receiver.types(), contains("case.created", "case.status_changed", "case.status_changed"));
            assertThat(receiver.received().stream().map(r -> r.json().getString("data.change.to")).toList(),
                    contains(null, "QUALIFIED", "PROJECT_DEFINED"));
        }
    }

    @Test
    void a_receiver_answering_500_then_200_gets_the_event_twice_and_the_next_one_waits_for_it() {
        String organisation = newOrganisation();
        try (Receiver receiver = Receiver.start()) {
            receiver.answer(500);
            String subscription = subscribed(organisation, receiver.url(), "case.created", "case.status_changed")[0];
            String id = fileCase(organisation);
            Cases.moveThrough(Actors::aisne, id, "QUALIFIED");

            publisher.publishDue();
            assertThat(receiver.types(), contains("case.created"));

            later(Duration.ofMinutes(1));

            assertThat(receiver.types(), contains("case.created", "case.created", "case.status_changed"));
            assertThat(receiver.received().get(1).header("webhook-id"), equalTo(receiver.received().get(0).header("webhook-id")));
            as(organisation).get(PATH + "/" + subscription + "/deliveries").then().statusCode(200)
                    .body("items.eventType", contains("case.status_changed", "case.created"))
                    .body("items.state", everyItem(equalTo("DELIVERED")))
                    .body("items.attempts", contains(1, 2))
                    .body("items.lastStatus", contains(200, 200))
                    .body("items[0].latencyMs", notNullValue());
        }
    }

    @Test
    void a_failure_within_a_run_of_a_cases_backlog_puts_the_rest_back_untried_and_keeps_the_order() {
        String organisation = newOrganisation();
        try (Receiver receiver = Receiver.start()) {
            receiver.answer(200, 500);
            String subscription = subscribed(organisation, receiver.url(), "case.created", "case.status_changed")[0];
            String id = fileCase(organisation);
            Cases.moveThrough(Actors::aisne, id, "QUALIFIED", "PROJECT_DEFINED");

            publisher.publishDue();

            assertThat(receiver.types(), contains("case.created", "case.status_changed"));
            as(organisation).get(PATH + "/" + subscription + "/deliveries").then().statusCode(200)
                    .body("items.state", contains("PENDING", "PENDING", "DELIVERED"))
                    .body("items.attempts", contains(0, 1, 1));

            later(Duration.ofMinutes(1));

            assertThat(receiver.received().stream().map(r -> r.json().getString("data.change.to")).toList(),
                    contains(null, "QUALIFIED", "QUALIFIED", "PROJECT_DEFINED"));
            as(organisation).get(PATH + "/" + subscription + "/deliveries").then().statusCode(200)
                    .body("items.state", everyItem(equalTo("DELIVERED")))
                    .body("items.attempts", contains(1, 2, 1));
        }
    }

    @Test
    void once_an_endpoint_answers_again_its_waiting_deliveries_leave_without_waiting_for_their_backoff() {
        String organisation = newOrganisation();
        try (Receiver receiver = Receiver.start()) {
            clock.set(Instant.now(clock)); // the retries' backoff cannot run out while the test goes on
            receiver.answer(503, 503);
            subscribed(organisation, receiver.url(), "case.created");
            List<String> ids = new ArrayList<>(List.of(fileCase(organisation), fileCase(organisation)));
            publisher.publishDue();
            assertThat(receiver.received(), hasSize(2));

            ids.add(fileCase(organisation));
            publisher.publishDue();

            assertThat(receiver.received().stream().filter(r -> r.answeredWith() == 200).map(Receiver.Received::caseId).toList(),
                    containsInAnyOrder(ids.toArray()));
        }
    }

    @Test
    void an_endpoint_answering_410_gone_disables_its_subscription() {
        String organisation = newOrganisation();
        try (Receiver receiver = Receiver.start()) {
            receiver.answer(410);
            String subscription = subscribed(organisation, receiver.url(), "case.created")[0];
            fileCase(organisation);
            publisher.publishDue();

            fileCase(organisation);
            later(Duration.ofHours(1));

            assertThat(receiver.received(), hasSize(1));
            as(organisation).get(PATH + "/" + subscription).then().body("status", equalTo("DISABLED"));
            as(organisation).get(PATH + "/" + subscription + "/deliveries").then()
                    .body("items.state", contains("DEAD")).body("items[0].lastStatus", equalTo(410));
        }
    }

    @Test
    void an_organisation_receives_nothing_of_the_cases_it_may_not_see() throws SQLException {
        String watcher = newOrganisation();
        String atTheTable = newOrganisation();
        try (Receiver watching = Receiver.start(); Receiver sitting = Receiver.start()) {
            subscribed(watcher, watching.url(), "case.created", "case.status_changed");
            subscribed(atTheTable, sitting.url(), "case.status_changed");
            String own = fileCase(watcher);
            String others = fileCase(newOrganisation());
            seatAtTheTable(others, atTheTable);
            Cases.moveThrough(Actors::aisne, others, "QUALIFIED");

            publisher.publishDue();

            assertThat(watching.received().stream().map(Receiver.Received::caseId).toList(), contains(own));
            assertThat(sitting.received().stream().map(Receiver.Received::caseId).toList(), contains(others));
        }
    }

    @Test
    void a_paused_subscription_keeps_its_events_until_it_resumes() {
        String organisation = newOrganisation();
        try (Receiver receiver = Receiver.start()) {
            String subscription = subscribed(organisation, receiver.url(), "case.created")[0];
            as(organisation).body(Map.of("paused", true)).patch(PATH + "/" + subscription).then().statusCode(200);
            String id = fileCase(organisation);
            publisher.publishDue();
            assertThat(receiver.received(), empty());

            as(organisation).body(Map.of("paused", false)).patch(PATH + "/" + subscription).then().statusCode(200);
            publisher.publishDue();

            assertThat(receiver.received().stream().map(Receiver.Received::caseId).toList(), contains(id));
        }
    }

    @Test
    void during_a_rotation_the_old_and_the_new_secret_both_sign() throws Exception {
        String organisation = newOrganisation();
        try (Receiver receiver = Receiver.start()) {
            String[] subscription = subscribed(organisation, receiver.url(), "case.created");
            String rotated = as(organisation).post(PATH + "/" + subscription[0] + "/secret").then().statusCode(200)
                    .extract().path("secret");
            fileCase(organisation);

            publisher.publishDue();

            Receiver.Received delivery = receiver.received().get(0);
            assertThat(delivery.header("webhook-signature").split(" "), arrayWithSize(2));
            new Webhook(rotated).verify(delivery.body(), delivery.headers());
            new Webhook(subscription[1]).verify(delivery.body(), delivery.headers());
        }
    }

    @Test
    void after_the_overlap_only_the_new_secret_signs() {
        String organisation = newOrganisation();
        try (Receiver receiver = Receiver.start()) {
            String subscription = subscribed(organisation, receiver.url(), "case.created")[0];
            as(organisation).post(PATH + "/" + subscription + "/secret").then().statusCode(200);
            clock.advance(Duration.ofHours(25));
            fileCase(organisation);

            publisher.publishDue();

            assertThat(receiver.received().get(0).header("webhook-signature").split(" "), arrayWithSize(1));
        }
    }

    @Test
    void a_replay_sends_the_events_of_a_time_range_again() {
        String organisation = newOrganisation();
        try (Receiver receiver = Receiver.start()) {
            Instant before = Instant.now(clock).minusSeconds(1);
            String subscription = subscribed(organisation, receiver.url(), "case.created")[0];
            String id = fileCase(organisation);
            publisher.publishDue();

            as(organisation).body(Map.of("from", before.toString(), "to", Instant.now(clock).plusSeconds(1).toString()))
                    .post(PATH + "/" + subscription + "/replay").then().statusCode(202).body("queued", equalTo(1));
            publisher.publishDue();

            assertThat(receiver.received().stream().map(Receiver.Received::caseId).toList(), contains(id, id));
        }
    }

    @Test
    void after_24_hours_of_failures_a_delivery_is_dead_lettered() {
        String organisation = newOrganisation();
        try (Receiver receiver = Receiver.start()) {
            receiver.answerAlways(503);
            String subscription = subscribed(organisation, receiver.url(), "case.created")[0];
            fileCase(organisation);
            publisher.publishDue();

            for (int hour = 0; hour < 26; hour += 2) {
                later(Duration.ofHours(2));
            }

            int attempts = receiver.received().size();
            assertThat(attempts, greaterThan(10));
            as(organisation).get(PATH + "/" + subscription + "/deliveries").then()
                    .body("items.state", contains("DEAD")).body("items[0].attempts", equalTo(attempts))
                    .body("items[0].lastError", equalTo("HTTP 503"));
            later(Duration.ofHours(2));
            assertThat(receiver.received(), hasSize(attempts));
        }
    }

    @Test
    void two_publishers_at_once_send_each_event_once() {
        String organisation = newOrganisation();
        try (Receiver receiver = Receiver.start()) {
            subscribed(organisation, receiver.url(), "case.created");
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                ids.add(fileCase(organisation));
            }

            CompletableFuture.allOf(CompletableFuture.runAsync(publisher::publishDue),
                    CompletableFuture.runAsync(publisher::publishDue)).join();

            assertThat(receiver.received().stream().map(Receiver.Received::caseId).toList(),
                    containsInAnyOrder(ids.toArray()));
        }
    }

    @Test
    void a_body_over_256_kb_is_never_sent_and_is_dead_lettered_with_the_reason() throws SQLException {
        String organisation = newOrganisation();
        try (Receiver receiver = Receiver.start()) {
            String subscription = subscribed(organisation, receiver.url(), "message.posted")[0];
            String id = fileCase(organisation);
            try (Connection connection = database.getConnection(); PreparedStatement insert = connection.prepareStatement("""
                    insert into outbox_event (case_id, type, payload, created_at)
                    values (?, 'message.posted', jsonb_build_object('padding', repeat('x', 300000)), now())""")) {
                insert.setObject(1, UUID.fromString(id));
                insert.executeUpdate();
            }

            publisher.publishDue();

            assertThat(receiver.received(), empty());
            as(organisation).get(PATH + "/" + subscription + "/deliveries").then()
                    .body("items.state", contains("DEAD")).body("items[0].lastError", containsString("256"));
        }
    }

    @Test
    void only_the_publishers_own_pool_commits_without_waiting_for_the_disk() throws SQLException {
        assertThat(synchronousCommit(publisherPool), equalTo("off set by session"));
        assertThat(synchronousCommit(database), not(containsString("session")));
    }

    /** The setting of a connection of the pool, and where it comes from (the tests' server may turn it off for all). */
    private static String synchronousCommit(AgroalDataSource pool) throws SQLException {
        try (Connection connection = pool.getConnection(); ResultSet row = connection.createStatement()
                .executeQuery("select setting || ' set by ' || source from pg_settings where name = 'synchronous_commit'")) {
            row.next();
            return row.getString(1);
        }
    }

    /** What the partner tasks do when a case enters PROCEDURES: the organisation now sits at the case's table. */
    private void seatAtTheTable(String caseId, String organisation) throws SQLException {
        try (Connection connection = database.getConnection(); PreparedStatement update = connection.prepareStatement(
                "update case_file set partner_organisations = array[?] where id = ?")) {
            update.setString(1, organisation);
            update.setObject(2, UUID.fromString(caseId));
            update.executeUpdate();
        }
    }
}
