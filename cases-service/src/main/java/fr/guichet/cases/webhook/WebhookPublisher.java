package fr.guichet.cases.webhook;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import fr.guichet.cases.outbox.OutboxAppended;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/**
 * Publishes the outbox to the partners' endpoints: fans each new event out into deliveries, then sends the due
 * ones, signed as the Standard Webhooks specification says, until nothing is due. A 2xx ends a delivery, 410 Gone
 * disables its subscription, anything else (or no answer in 10 s) is tried again later by {@link RetrySchedule}.
 * Several replicas may run it at once: {@link DeliveryQueue} hands each delivery to one of them.
 * <p>
 * It runs on a thread of its own, one pass at a time, woken as soon as a transaction that appended to the outbox
 * commits, so that an event leaves within milliseconds rather than at the next poll; wake-ups during a pass make one
 * more pass, not one each. The poll remains, for the events other replicas wrote and for the retries that fall due.
 */
@ApplicationScoped
public class WebhookPublisher {

    static final int MAX_BODY_BYTES = 256 * 1024;
    static final Duration TIMEOUT = Duration.ofSeconds(10);
    /** How many of a case's deliveries are claimed, sent one after another, and recorded together. */
    static final int RUN = 10;
    /** Longer than a run's sends can last, so that no other replica takes a delivery being sent. */
    private static final Duration LEASE = TIMEOUT.multipliedBy(RUN + 2);
    private static final Logger LOG = Logger.getLogger(WebhookPublisher.class);

    /** A daemon: a pass cut short by the end of the JVM is finished by the next one (deliveries are leased). */
    private final ExecutorService passes = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "webhook-publisher");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean woken = new AtomicBoolean();

    @Inject
    DeliveryQueue queue;

    @Inject
    EndpointGuard guard;

    @Inject
    EndpointClient http;

    @Inject
    Clock clock;

    @Inject
    ObjectMapper json;

    @Inject
    MeterRegistry metrics;

    @ConfigProperty(name = "guichet.webhooks.batch-size", defaultValue = "100")
    int batchSize;

    @ConfigProperty(name = "guichet.webhooks.retry.first", defaultValue = "PT5S")
    Duration firstRetry;

    // an endpoint back from an outage of any length is seen within a minute and its jitter: only a delivery that
    // succeeds pulls the subscription's waiting ones forward (RELIABILITY.md, Webhooks)
    @ConfigProperty(name = "guichet.webhooks.retry.longest", defaultValue = "PT1M")
    Duration longestRetry;

    @ConfigProperty(name = "guichet.webhooks.retry.give-up-after", defaultValue = "PT24H")
    Duration giveUpAfter;

    @ConfigProperty(name = "guichet.webhooks.publish-on-commit", defaultValue = "true")
    boolean publishOnCommit;

    private Timer deliveredAttempts;
    private Timer failedAttempts;

    @PostConstruct
    void meters() {
        deliveredAttempts = attempts("delivered");
        failedAttempts = attempts("failed");
    }

    private Timer attempts(String outcome) {
        return Timer.builder("guichet.webhook.attempts").description("Webhook delivery attempts, by whether the endpoint took them")
                .tag("outcome", outcome).register(metrics);
    }

    @Scheduled(every = "${guichet.webhooks.poll-every:1s}")
    void poll() {
        wake();
    }

    void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutboxAppended appended) {
        if (publishOnCommit) {
            wake();
        }
    }

    /** Asks for a pass on the publisher's thread, unless one is asked for already and has not started yet. */
    private void wake() {
        if (woken.compareAndSet(false, true)) {
            passes.execute(this::pass);
        }
    }

    private void pass() {
        woken.set(false);
        try {
            publishDue();
        } catch (RuntimeException e) {
            LOG.warn("A pass of the webhook publisher failed; the next wake-up or poll tries again", e);
        }
    }

    @PreDestroy
    void stop() {
        passes.shutdownNow();
    }

    /** Fans out new events and sends every delivery due now; answers how many deliveries were handled. */
    public int publishDue() {
        int handled = 0;
        while (true) {
            Instant now = Instant.now(clock);
            int events = queue.fanOut(now, batchSize);
            List<Delivery> claimed = queue.claim(now, now.plus(LEASE), batchSize);
            if (events == 0 && claimed.isEmpty()) {
                return handled;
            }
            handled += sendAll(claimed);
        }
    }

    /** Answers how many deliveries were handled, those sent after them in their case's chain included. */
    private int sendAll(List<Delivery> claimed) {
        List<CompletableFuture<Integer>> sending = new ArrayList<>();
        for (Delivery delivery : claimed) {
            sending.add(chain(List.of(delivery), 0));
        }
        CompletableFuture.allOf(sending.toArray(CompletableFuture[]::new)).join();
        return sending.stream().mapToInt(CompletableFuture::join).sum();
    }

    /**
     * Sends a run of a case's deliveries, records it, and goes on with the case's next run, up to the batch size: a
     * case's backlog leaves at the pace of its endpoint's answers, one at a time, in order, and costs one transaction
     * a run rather than one a delivery. Answers how many deliveries the chain handled.
     */
    private CompletableFuture<Integer> chain(List<Delivery> run, int handled) {
        return sendInTurn(run.iterator(), new ArrayList<>()).thenCompose(attempts -> {
            int total = handled + attempts.size();
            Instant now = Instant.now(clock);
            List<Delivery> next = queue.settle(attempts, run.subList(attempts.size(), run.size()), now,
                    total < batchSize ? now.plus(LEASE) : null, RUN);
            return next.isEmpty() ? CompletableFuture.completedFuture(total) : chain(next, total);
        });
    }

    /** Sends each delivery once the one before it was received; stops at the first that was not. */
    private CompletableFuture<List<Attempt>> sendInTurn(Iterator<Delivery> run, List<Attempt> attempts) {
        if (!run.hasNext()) {
            return CompletableFuture.completedFuture(attempts);
        }
        return attempt(run.next()).thenCompose(attempt -> {
            attempts.add(attempt);
            return attempt.wasReceived() ? sendInTurn(run, attempts) : CompletableFuture.completedFuture(attempts);
        });
    }

    private CompletableFuture<Attempt> attempt(Delivery delivery) {
        byte[] body = EventMessage.body(delivery.event(), json);
        if (body.length > MAX_BODY_BYTES) {
            return CompletableFuture.completedFuture(new Attempt(delivery, null, null,
                    "Corps de plus de 256 Ko, jamais envoyé / body over 256 KB, never sent", null));
        }
        Optional<String> refusal = guard.refusal(delivery.target().url());
        if (refusal.isPresent()) {
            return CompletableFuture.completedFuture(failed(delivery, null, null, refusal.get()));
        }
        String messageId = EventMessage.messageId(delivery.event());
        long timestamp = Instant.now(clock).getEpochSecond();
        Map<String, String> headers = Map.of("Content-Type", "application/json", "User-Agent", "Guichet-Webhooks/1.0",
                "webhook-id", messageId, "webhook-timestamp", Long.toString(timestamp),
                "webhook-signature", WebhookSecrets.signature(delivery.target().secrets(), messageId, timestamp, body));
        long started = System.nanoTime();
        return http.post(delivery.target().url(), headers, body, TIMEOUT).handle((status, failure) -> {
            long latency = Duration.ofNanos(System.nanoTime() - started).toMillis();
            Attempt answered = new Attempt(delivery, status, latency, null, null);
            Attempt attempt = status == null ? failed(delivery, null, latency, reason(failure))
                    : answered.wasReceived() ? answered
                    : answered.gone() ? gone(delivery, latency) : failed(delivery, answered.status(), latency, "HTTP " + answered.status());
            (attempt.wasReceived() ? deliveredAttempts : failedAttempts).record(Duration.ofMillis(latency));
            return attempt;
        });
    }

    private static Attempt gone(Delivery delivery, long latency) {
        LOG.infof("Subscription %s disabled: its endpoint answered 410 Gone", delivery.target().subscriptionId());
        return new Attempt(delivery, 410, latency, "410 Gone: la souscription est désactivée / the subscription is disabled",
                null);
    }

    private Attempt failed(Delivery delivery, Integer status, Long latency, String error) {
        Instant retryAt = new RetrySchedule(firstRetry, longestRetry, giveUpAfter)
                .next(delivery.attempt(), delivery.queuedAt(), Instant.now(clock), ThreadLocalRandom.current()).orElse(null);
        LOG.debugf("Delivery %d of event %d to subscription %s failed (%s); %s", delivery.id(), delivery.event().id(),
                delivery.target().subscriptionId(), error, retryAt == null ? "given up" : "next attempt at " + retryAt);
        return new Attempt(delivery, status, latency, error, retryAt);
    }

    private static String reason(Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        if (cause instanceof TimeoutException) {
            return "Pas de réponse en " + TIMEOUT.toSeconds() + " s / no answer within " + TIMEOUT.toSeconds() + " s";
        }
        return cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
    }
}
