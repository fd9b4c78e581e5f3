package fr.guichet.e2e;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.standardwebhooks.Webhook;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

/**
 * The CPAM's application hears of its case's steps on an endpoint of its own, a real HTTP server here: deliveries
 * signed as the Standard Webhooks reference library expects, in the case's order, again after a failure and only
 * until one succeeds.
 */
@ExtendWith(Stack.class)
class WebhooksTest {

    /** What the endpoint received, in order, and the ids it already failed once. */
    private final List<Received> received = new ArrayList<>();
    private final Set<String> failedOnce = ConcurrentHashMap.newKeySet();

    private record Received(String id, String body, HttpHeaders headers, int answer) {
    }

    private static RequestSpecification as(String token) {
        return given().baseUri(Stack.GATEWAY).auth().oauth2(token).contentType("application/json");
    }

    @Test
    void deliveries_are_signed_in_order_and_retried_until_answered() throws Exception {
        HttpServer endpoint = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        endpoint.createContext("/cpam", this::receive);
        endpoint.start();
        try {
            String cpam = Tokens.partner("partner-demo");
            String desk = Tokens.of("correspondant");
            JsonPath subscription = as(cpam).body(Map.of("url", "http://127.0.0.1:" + endpoint.getAddress().getPort() + "/cpam",
                    "eventTypes", List.of("case.created", "case.status_changed"))).post("/api/webhooks/subscriptions")
                    .then().statusCode(201).extract().jsonPath();
            String id = as(cpam).header("Idempotency-Key", "e2e-webhooks-" + System.nanoTime())
                    .body(Map.of("professional", Map.of("rpps", "10012345673", "firstName", "Paul", "lastName", "Durand",
                            "email", "paul.durand@example.org", "profession", "NURSE", "careerStage", "INSTALLING"),
                            "project", Map.of("targetCommune", "02408")))
                    .post("/api/cases").then().statusCode(201).extract().path("id");
            String etag = as(desk).get("/api/cases/" + id).then().statusCode(200).extract().header("ETag");
            as(desk).header("If-Match", etag).body(Map.of("to", "QUALIFIED")).post("/api/cases/" + id + "/transitions")
                    .then().statusCode(200);

            List<Received> answered = awaitAnswered(id, 2, Duration.ofSeconds(90));

            // partners.md: verify
            Webhook library = new Webhook(subscription.getString("secret"));
            for (Received delivery : received()) {
                // throws WebhookVerificationException unless a signature holds and the timestamp is recent
                library.verify(delivery.body(), delivery.headers());
            }
            // partners.md: end
            assertEquals(List.of("case.created", "case.status_changed"),
                    answered.stream().map(r -> JsonPath.from(r.body()).getString("type")).toList());
            for (Received delivery : answered) {
                long times = received().stream().filter(r -> r.id().equals(delivery.id())).count();
                assertEquals(2, times, delivery.id() + " was received " + times + " times: a failure, then one success");
            }
        } finally {
            endpoint.stop(0);
        }
    }

    /** The first attempt of each delivery fails (500); the next succeeds. */
    private void receive(HttpExchange exchange) throws IOException {
        try (exchange) {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String id = exchange.getRequestHeaders().getFirst("webhook-id");
            int answer = failedOnce.add(id) ? 500 : 204;
            synchronized (received) {
                received.add(new Received(id, body, HttpHeaders.of(exchange.getRequestHeaders(), (name, value) -> true), answer));
                received.notifyAll();
            }
            exchange.sendResponseHeaders(answer, -1);
        }
    }

    private List<Received> received() {
        synchronized (received) {
            return List.copyOf(received);
        }
    }

    /** The case's deliveries answered 2xx, in the order they were, once there are {@code count} of them. */
    private List<Received> awaitAnswered(String caseId, int count, Duration patience) throws InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        synchronized (received) {
            List<Received> answered = answered(caseId);
            for (long left = patience.toMillis(); answered.size() < count && left > 0;
                    left = (deadline - System.nanoTime()) / 1_000_000) {
                received.wait(left);
                answered = answered(caseId);
            }
            assertEquals(count, answered.size(), "deliveries of the case answered 2xx within " + patience + ": " + received);
            return answered;
        }
    }

    private List<Received> answered(String caseId) {
        return received.stream().filter(r -> r.answer() == 204)
                .filter(r -> caseId.equals(JsonPath.from(r.body()).getString("data.caseId"))).toList();
    }
}
