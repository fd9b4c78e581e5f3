package fr.guichet.cases.webhook;

import static org.hamcrest.Matchers.startsWith;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import fr.guichet.cases.Actors;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** Partner organisations of the webhook tests, each new, and what they do through the subscriptions API. */
final class Subscriptions {

    static final String PATH = "/webhooks/subscriptions";

    private Subscriptions() {
    }

    /** A partner organisation no other test knows, so that it receives only the events of this test's cases. */
    static String newOrganisation() {
        return "ORG-WH-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    /** The partner application of an organisation. */
    static RequestSpecification as(String organisation) {
        return Actors.partner("app-" + organisation.toLowerCase(), organisation);
    }

    static Response subscribe(String organisation, String url, String... eventTypes) {
        return as(organisation).body(Map.of("url", url, "eventTypes", List.of(eventTypes))).post(PATH);
    }

    /** Subscribes and answers the subscription's id and secret. */
    static String[] subscribed(String organisation, String url, String... eventTypes) {
        Response created = subscribe(organisation, url, eventTypes);
        created.then().statusCode(201).body("secret", startsWith("whsec_"));
        return new String[] {created.path("id"), created.path("secret")};
    }
}
