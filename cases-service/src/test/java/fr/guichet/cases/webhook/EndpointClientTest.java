package fr.guichet.cases.webhook;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.instanceOf;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/** The publisher's HTTP client against real sockets: answers, on which threads they come back, and endpoints that never answer. */
@QuarkusTest
class EndpointClientTest {

    @Inject
    EndpointClient client;

    private static final Map<String, String> HEADERS = Map.of("Content-Type", "application/json", "webhook-id", "msg_1");
    private static final byte[] BODY = "{}".getBytes(StandardCharsets.UTF_8);

    @Test
    void the_status_comes_back_on_a_thread_of_the_publisher_not_on_the_event_loop() throws Exception {
        try (Receiver receiver = Receiver.start()) {
            receiver.answer(503);
            CompletableFuture<String> thread = new CompletableFuture<>();
            int first = client.post(receiver.url(), HEADERS, BODY, WebhookPublisher.TIMEOUT)
                    .whenComplete((status, failure) -> thread.complete(Thread.currentThread().getName())).get();
            int second = client.post(receiver.url(), HEADERS, BODY, WebhookPublisher.TIMEOUT).get();

            assertThat(first, equalTo(503));
            assertThat(second, equalTo(200));
            assertThat(thread.get(), startsWith("webhook-sender-"));
            assertThat(receiver.received(), hasSize(2));
            assertThat(receiver.received().get(0).header("webhook-id"), equalTo("msg_1"));
            assertThat(receiver.received().get(0).body(), equalTo("{}"));
            assertThat(receiver.received().get(0).headers(), not(hasKey("traceparent")));
        }
    }

    @Test
    void an_endpoint_that_takes_the_request_and_never_answers_fails_with_a_timeout() throws IOException {
        try (ServerSocket silent = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            CompletableFuture<Integer> answer = client.post("http://127.0.0.1:" + silent.getLocalPort() + "/hooks", HEADERS, BODY,
                    Duration.ofMillis(300));
            try (Socket taken = silent.accept()) {
                ExecutionException failure = assertThrows(ExecutionException.class, answer::get);
                assertThat(failure.getCause(), instanceOf(TimeoutException.class));
            }
        }
    }
}
