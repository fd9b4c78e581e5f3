package fr.guichet.cases.webhook;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.tracing.TracingPolicy;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Posts deliveries to the partners' endpoints over HTTP/1.1 with kept-alive connections, through the Vert.x client
 * Quarkus already runs (the JDK's client was a third of the publisher's CPU, BENCHMARKS.md). No redirect is
 * followed, and an endpoint that has not answered within the timeout, connection included, has failed.
 * <p>
 * The answers arrive on Vert.x's event loop, which must never wait; they are handed to threads of the publisher's
 * own, as many as its connection pool, since what follows an answer resolves the next endpoint's host and records
 * runs in the database.
 */
@ApplicationScoped
class EndpointClient {

    @Inject
    Vertx vertx;

    @ConfigProperty(name = "quarkus.datasource.webhooks.jdbc.max-size")
    int threads;

    @ConfigProperty(name = "guichet.webhooks.batch-size", defaultValue = "100")
    int batchSize;

    private HttpClient http;
    private ExecutorService senders;

    @PostConstruct
    void open() {
        int timeout = (int) WebhookPublisher.TIMEOUT.toMillis();
        // as many connections to an endpoint as cases sending to it at once, as the JDK's client had
        http = vertx.createHttpClient(new HttpClientOptions().setKeepAlive(true).setPipelining(false).setConnectTimeout(timeout)
                .setMaxPoolSize(batchSize).setVerifyHost(true).setName("webhooks")
                // a partner is no part of our traces: no traceparent header leaves with a delivery
                .setTracingPolicy(TracingPolicy.IGNORE));
        AtomicInteger count = new AtomicInteger();
        senders = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "webhook-sender-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    @PreDestroy
    void close() {
        http.close();
        senders.shutdownNow();
    }

    /**
     * Posts a body; answers the endpoint's status, or fails ({@link TimeoutException} when it did not answer within
     * {@code timeout}), on one of the publisher's threads. The answer's body is read and dropped.
     */
    CompletableFuture<Integer> post(String url, Map<String, String> headers, byte[] body, Duration timeout) {
        CompletableFuture<Integer> answered = new CompletableFuture<>();
        long deadline = vertx.setTimer(timeout.toMillis(), id -> answered.completeExceptionally(new TimeoutException()));
        RequestOptions options = new RequestOptions().setMethod(HttpMethod.POST).setAbsoluteURI(url).setFollowRedirects(false);
        headers.forEach(options::addHeader);
        http.request(options).compose(request -> {
            // only a request still waiting: on Vert.x 4.5.27 a reset after the answer can close the pooled connection
            // then carrying another delivery (vert.x issue 6294, BENCHMARKS.md, Soak)
            answered.whenComplete((status, failure) -> {
                if (failure instanceof TimeoutException) {
                    request.reset();
                }
            });
            return request.send(Buffer.buffer(body));
        }).onComplete(result -> {
            vertx.cancelTimer(deadline);
            if (result.succeeded()) {
                answered.complete(result.result().statusCode());
            } else {
                answered.completeExceptionally(result.cause());
            }
        });
        return answered.whenCompleteAsync((status, failure) -> {
        }, senders);
    }
}
