package fr.guichet.cases.webhook;

import static fr.guichet.cases.webhook.Subscriptions.PATH;
import static fr.guichet.cases.webhook.Subscriptions.as;
import static fr.guichet.cases.webhook.Subscriptions.newOrganisation;
import static fr.guichet.cases.webhook.Subscriptions.subscribe;
import static fr.guichet.cases.webhook.Subscriptions.subscribed;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import fr.guichet.cases.Actors;
import fr.guichet.cases.Cases;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/** The subscriptions API: a partner organisation's own endpoints, checked, with a secret shown once. */
@QuarkusTest
class SubscriptionTest {

    private static final String ENDPOINT = "http://127.0.0.1:9/hooks/guichet";

    @Inject
    AgroalDataSource database;

    @Test
    void subscribing_answers_the_secret_once_and_reading_never_shows_it() {
        String organisation = newOrganisation();
        var created = subscribe(organisation, ENDPOINT, "case.status_changed", "case.created");
        created.then().statusCode(201)
                .header("Location", endsWith(PATH + "/" + created.path("id")))
                .body("status", equalTo("ACTIVE"))
                .body("eventTypes", contains("case.created", "case.status_changed"))
                .body("secret", matchesPattern("whsec_[A-Za-z0-9+/]+={0,2}"));
        String secret = created.path("secret");
        assertThat(Base64.getDecoder().decode(secret.substring("whsec_".length())).length, greaterThanOrEqualTo(24));

        as(organisation).get(PATH + "/" + created.path("id")).then().statusCode(200)
                .body("url", equalTo(ENDPOINT)).body("$", not(hasKey("secret")))
                .body(not(containsString(secret.substring(6))));
        as(organisation).get(PATH).then().statusCode(200)
                .body("id", contains((String) created.path("id"))).body("[0]", not(hasKey("secret")))
                .body(not(containsString(secret.substring(6))));
    }

    @Test
    void the_database_holds_the_secret_encrypted() throws SQLException {
        String[] subscription = subscribed(newOrganisation(), ENDPOINT, "case.created");

        try (Connection connection = database.getConnection(); PreparedStatement query = connection.prepareStatement(
                "select secret from webhook_subscription where id = ?")) {
            query.setObject(1, UUID.fromString(subscription[0]));
            try (ResultSet row = query.executeQuery()) {
                row.next();
                assertThat(row.getString(1), startsWith("sealed:v1:"));
                assertThat(row.getString(1), not(containsString(subscription[1].substring("whsec_".length()))));
            }
        }
    }

    @Test
    void another_organisations_subscription_is_not_found_whatever_the_request() {
        String owner = newOrganisation();
        String other = newOrganisation();
        String id = subscribed(owner, ENDPOINT, "case.created")[0];

        as(other).get(PATH + "/" + id).then().spec(Cases.problem(404));
        as(other).body(Map.of("paused", true)).patch(PATH + "/" + id).then().spec(Cases.problem(404));
        as(other).post(PATH + "/" + id + "/secret").then().spec(Cases.problem(404));
        as(other).get(PATH + "/" + id + "/deliveries").then().spec(Cases.problem(404));
        as(other).body(Map.of("from", "2026-01-01T00:00:00Z", "to", "2026-01-02T00:00:00Z"))
                .post(PATH + "/" + id + "/replay").then().spec(Cases.problem(404));
        as(other).delete(PATH + "/" + id).then().spec(Cases.problem(404));
        as(other).get(PATH).then().statusCode(200).body("$", empty());

        as(owner).get(PATH + "/" + id).then().statusCode(200).body("status", equalTo("ACTIVE"));
    }

    @Test
    void only_partner_applications_subscribe() {
        Actors.aisne().body(Map.of("url", ENDPOINT, "eventTypes", List.of("case.created"))).post(PATH)
                .then().spec(Cases.problem(403));
        Actors.claire().get(PATH).then().spec(Cases.problem(403));
        Actors.anonymous().get(PATH).then().statusCode(401);
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://169.254.169.254/latest/meta-data", "https://169.254.169.254/latest/meta-data",
            "http://10.0.0.1/hook", "https://10.0.0.1/hook", "https://192.168.1.10/hook", "https://172.16.0.1/hook",
            "http://localhost:8082/cases", "https://localhost/hook", "https://127.0.0.2/hook", "https://[::1]/hook",
            "https://[fd00::1]/hook", "https://224.0.0.1/hook", "https://0.0.0.0/hook", "ftp://127.0.0.1/hook",
            "https://user:password@127.0.0.1/hook", "/relative/hook", "not a url"})
    void endpoints_that_would_reach_inside_are_refused_and_nothing_is_subscribed(String url) {
        String organisation = newOrganisation();

        subscribe(organisation, url, "case.created").then().spec(Cases.problem(400))
                .body("errors.field", hasItem("url")).body("detail", containsString(" / "));

        as(organisation).get(PATH).then().statusCode(200).body("$", empty());
    }

    @Test
    void a_private_address_says_why_in_french_and_english() {
        subscribe(newOrganisation(), "https://10.0.0.1/hook", "case.created").then().spec(Cases.problem(400))
                .body("detail", containsString("adresse privée")).body("detail", containsString("private"));
        subscribe(newOrganisation(), "http://example.org/hook", "case.created").then().spec(Cases.problem(400))
                .body("detail", containsString("https"));
    }

    @Test
    void unknown_event_types_are_refused_with_the_known_ones() {
        String organisation = newOrganisation();

        subscribe(organisation, ENDPOINT, "case.created", "case.deleted").then().spec(Cases.problem(400))
                .body("errors.field", hasItem("eventTypes")).body("detail", containsString("case.deleted"))
                .body("detail", containsString("message.posted"));
        subscribe(organisation, ENDPOINT).then().spec(Cases.problem(400));

        as(organisation).get(PATH).then().statusCode(200).body("$", empty());
    }

    @Test
    void a_subscription_pauses_resumes_and_changes_its_types() {
        String organisation = newOrganisation();
        String id = subscribed(organisation, ENDPOINT, "case.created")[0];

        as(organisation).body(Map.of("paused", true)).patch(PATH + "/" + id).then().statusCode(200)
                .body("status", equalTo("PAUSED")).body("eventTypes", contains("case.created"));
        as(organisation).body(Map.of("paused", false, "eventTypes", List.of("message.posted", "document.added")))
                .patch(PATH + "/" + id).then().statusCode(200)
                .body("status", equalTo("ACTIVE")).body("eventTypes", contains("document.added", "message.posted"));
        as(organisation).body(Map.of()).patch(PATH + "/" + id).then().spec(Cases.problem(400));
        as(organisation).body(Map.of("eventTypes", List.of("case.nope"))).patch(PATH + "/" + id).then().spec(Cases.problem(400));

        as(organisation).get(PATH + "/" + id).then().body("eventTypes", contains("document.added", "message.posted"));
    }

    @Test
    void rotating_the_secret_shows_the_new_one_once_and_keeps_the_old_one_for_a_day() {
        String organisation = newOrganisation();
        String[] subscription = subscribed(organisation, ENDPOINT, "case.created");

        String rotated = as(organisation).post(PATH + "/" + subscription[0] + "/secret").then().statusCode(200)
                .body("secret", matchesPattern("whsec_.+")).body("previousSecretUntil", notNullValue())
                .extract().path("secret");

        assertThat(rotated, not(equalTo(subscription[1])));
        as(organisation).get(PATH + "/" + subscription[0]).then().statusCode(200)
                .body("$", not(hasKey("secret"))).body("previousSecretUntil", notNullValue());
    }

    @Test
    void a_deleted_subscription_is_gone() {
        String organisation = newOrganisation();
        String id = subscribed(organisation, ENDPOINT, "case.created")[0];

        as(organisation).delete(PATH + "/" + id).then().statusCode(204);

        as(organisation).get(PATH + "/" + id).then().spec(Cases.problem(404));
    }

    @Test
    void a_replay_needs_a_range_in_order() {
        String organisation = newOrganisation();
        String id = subscribed(organisation, ENDPOINT, "case.created")[0];

        as(organisation).body(Map.of("from", "2026-01-02T00:00:00Z", "to", "2026-01-01T00:00:00Z"))
                .post(PATH + "/" + id + "/replay").then().spec(Cases.problem(400));
        as(organisation).body(Map.of("from", "2026-01-01T00:00:00Z")).post(PATH + "/" + id + "/replay")
                .then().spec(Cases.problem(400));
    }
}
