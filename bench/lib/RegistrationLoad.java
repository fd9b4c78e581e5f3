import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;

/**
 * Public registrations as visitors send them, for bench/registrations.sh: REQUESTS POSTs at CONCURRENCY connections, each
 * a different person (an event refuses the same e-mail twice, which is why hey, whose body is fixed, cannot do it),
 * spread over the events in turn. It waits for every answer before it stops, so that the answers can be counted back
 * in the database exactly. A single-file Java program:
 *
 * <pre>
 *   java bench/lib/RegistrationLoad.java API REQUESTS CONCURRENCY RUN EVENT_ID...   (API: e.g. http://localhost:8080/api)
 * </pre>
 *
 * Prints one line: requests, seconds, per_second, p50_ms, p95_ms, p99_ms (latency of each POST, from sending to the
 * whole answer), then status_CODE=COUNT for each status and errors=COUNT (no answer at all). RUN goes into the e-mails,
 * so that runs against the same events never collide.
 */
public class RegistrationLoad {

    public static void main(String[] args) throws Exception {
        String api = args[0];
        int requests = Integer.parseInt(args[1]);
        int concurrency = Integer.parseInt(args[2]);
        String run = args[3];
        List<URI> events = Arrays.stream(args, 4, args.length)
                .map(id -> URI.create(api + "/events/" + id + "/registrations")).toList();
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        long[] latencies = new long[requests];
        AtomicIntegerArray statuses = new AtomicIntegerArray(600);
        AtomicInteger errors = new AtomicInteger();
        AtomicInteger next = new AtomicInteger();

        ExecutorService workers = Executors.newFixedThreadPool(concurrency);
        long start = System.nanoTime();
        for (int w = 0; w < concurrency; w++) {
            workers.execute(() -> {
                for (int i = next.getAndIncrement(); i < requests; i = next.getAndIncrement()) {
                    HttpRequest post = HttpRequest.newBuilder(events.get(i % events.size()))
                            .timeout(Duration.ofSeconds(30))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(registrant(run, i))).build();
                    long sent = System.nanoTime();
                    try {
                        int status = client.send(post, HttpResponse.BodyHandlers.discarding()).statusCode();
                        latencies[i] = System.nanoTime() - sent;
                        statuses.incrementAndGet(status);
                    } catch (Exception e) {
                        latencies[i] = System.nanoTime() - sent;
                        errors.incrementAndGet();
                    }
                }
            });
        }
        workers.shutdown();
        workers.awaitTermination(1, TimeUnit.HOURS);
        double seconds = (System.nanoTime() - start) / 1e9;

        Arrays.sort(latencies);
        StringBuilder line = new StringBuilder(String.format(java.util.Locale.ROOT,
                "requests=%d seconds=%.2f per_second=%.0f p50_ms=%.1f p95_ms=%.1f p99_ms=%.1f", requests, seconds,
                requests / seconds, percentile(latencies, 50), percentile(latencies, 95), percentile(latencies, 99)));
        for (int status = 0; status < statuses.length(); status++) {
            if (statuses.get(status) > 0) {
                line.append(" status_").append(status).append('=').append(statuses.get(status));
            }
        }
        System.out.println(line.append(" errors=").append(errors.get()));
    }

    /** A student of Tours, a new person for every request of every run. */
    private static String registrant(String run, int i) {
        return String.format("{\"firstName\":\"Charge\",\"lastName\":\"Bench %d\",\"email\":\"bench-%s-%d@example.org\","
                + "\"status\":\"STUDENT\",\"faculty\":\"Tours\",\"year\":5}", i, run, i);
    }

    /** The nearest-rank percentile of sorted nanoseconds, in milliseconds. */
    private static double percentile(long[] sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(rank, 1) - 1] / 1e6;
    }
}
