import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;

/**
 * Public registrations as visitors send them, for bench/registrations.sh: runs of POSTs at CONCURRENCY connections, each
 * a different person (an event refuses the same e-mail twice, which is why hey, whose body is fixed, cannot do it),
 * spread over the run's events in turn. A run waits for every answer before it ends, so that the answers can be counted
 * back in the database exactly. One JVM and one HTTP client serve every run, so that the client's own warm-up is over
 * after the benchmark's warm-up, as the services' is. A single-file Java program:
 *
 * <pre>
 *   java bench/lib/RegistrationLoad.java API CONCURRENCY   (API: e.g. http://localhost:8080/api)
 * </pre>
 *
 * then one line a run on its standard input, "REQUESTS RUN EVENT_ID...", to which it answers one line: requests,
 * seconds, per_second, p50_ms, p95_ms, p99_ms (latency of each POST, from sending to the whole answer), then
 * status_CODE=COUNT for each status and errors=COUNT (no answer at all). RUN goes into the e-mails, so that runs never
 * collide. It stops at the end of its input.
 */
public class RegistrationLoad {

    public static void main(String[] args) throws Exception {
        String api = args[0];
        int concurrency = Integer.parseInt(args[1]);
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        ExecutorService workers = Executors.newFixedThreadPool(concurrency);
        BufferedReader input = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line = input.readLine(); line != null; line = input.readLine()) {
            String[] words = line.trim().split(" +");
            List<URI> events = Arrays.stream(words, 2, words.length)
                    .map(id -> URI.create(api + "/events/" + id + "/registrations")).toList();
            System.out.println(run(client, workers, concurrency, Integer.parseInt(words[0]), words[1], events));
            System.out.flush();
        }
        workers.shutdown();
    }

    private static String run(HttpClient client, ExecutorService workers, int concurrency, int requests, String run,
            List<URI> events) throws InterruptedException {
        long[] latencies = new long[requests];
        AtomicIntegerArray statuses = new AtomicIntegerArray(600);
        AtomicInteger errors = new AtomicInteger();
        AtomicInteger next = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(concurrency);
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
                done.countDown();
            });
        }
        done.await();
        double seconds = (System.nanoTime() - start) / 1e9;

        Arrays.sort(latencies);
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT,
                "requests=%d seconds=%.2f per_second=%.0f p50_ms=%.1f p95_ms=%.1f p99_ms=%.1f", requests, seconds,
                requests / seconds, percentile(latencies, 50), percentile(latencies, 95), percentile(latencies, 99)));
        for (int status = 0; status < statuses.length(); status++) {
            if (statuses.get(status) > 0) {
                line.append(" status_").append(status).append('=').append(statuses.get(status));
            }
        }
        return line.append(" errors=").append(errors.get()).toString();
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
