package fr.guichet.cases.webhook;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.restassured.path.json.JsonPath;

/**
 * A partner's endpoint inside the test: a real HTTP server that records what it receives on its own path and
 * answers the statuses the test scripts, then 200.
 */
final class Receiver implements AutoCloseable {

    /** A request as received: headers (names in lower case) and body. */
    record Received(Map<String, List<String>> headers, String body, int answeredWith) {
        String header(String name) {
            return headers.get(name).get(0);
        }

        JsonPath json() {
            return JsonPath.from(body);
        }

        String type() {
            return json().getString("type");
        }

        String caseId() {
            return json().getString("data.caseId");
        }
    }

    private final HttpServer server;
    private final String path = "/hooks/" + UUID.randomUUID();
    private final List<Received> received = new ArrayList<>();
    private final Deque<Integer> answers = new ConcurrentLinkedDeque<>();
    private volatile int otherwise = 200;

    private Receiver(HttpServer server) {
        this.server = server;
        server.createContext("/", this::handle);
        server.start();
    }

    static Receiver start() {
        try {
            return new Receiver(HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** The next answers, in order; then {@code otherwise}. */
    void answer(Integer... statuses) {
        answers.addAll(List.of(statuses));
    }

    void answerAlways(int status) {
        otherwise = status;
    }

    synchronized List<Received> received() {
        return List.copyOf(received);
    }

    /** Waits until {@code count} requests have been received or {@code within} has passed; answers them. */
    synchronized List<Received> awaitReceived(int count, Duration within) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        for (long left = within.toNanos(); received.size() < count && left > 0; left = deadline - System.nanoTime()) {
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
        return List.copyOf(received);
    }

    List<String> types() {
        return received().stream().map(Received::type).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange; InputStream in = exchange.getRequestBody()) {
            String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            if (!exchange.getRequestURI().getPath().equals(path)) {
                exchange.sendResponseHeaders(404, -1); // a delivery left over from another test, whose receiver had this port
                return;
            }
            Integer scripted = answers.poll();
            int status = scripted == null ? otherwise : scripted;
            Map<String, List<String>> headers = exchange.getRequestHeaders().entrySet().stream()
                    .collect(Collectors.toMap(e -> e.getKey().toLowerCase(Locale.ROOT), Map.Entry::getValue));
            synchronized (this) {
                received.add(new Received(headers, body, status));
                notifyAll();
            }
            exchange.sendResponseHeaders(status, -1);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
