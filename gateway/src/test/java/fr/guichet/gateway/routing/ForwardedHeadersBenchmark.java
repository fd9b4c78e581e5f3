package fr.guichet.gateway.routing;

import java.util.ArrayList;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;

/**
 * The header allow-list on a typical authenticated request, in one pass over the entries against a pass
 * over names() (a sorted set built on every call, as before). Each operation copies the request's headers
 * first, so copyOnly is the part to subtract. Run by bench/micro.sh.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class ForwardedHeadersBenchmark {

    private final MultiMap request = HttpHeaders.headers()
            .add("Host", "localhost:8080")
            .add("User-Agent", "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko)")
            .add("Accept", "application/json")
            .add("Accept-Encoding", "gzip, deflate, br")
            .add("Accept-Language", "fr-FR,fr;q=0.9")
            .add("Authorization", "Bearer " + "x".repeat(1200))
            .add("Connection", "keep-alive")
            .add("Cookie", "session=abc; theme=dark")
            .add("X-Request-Id", "6f1c0d52-8a4e-4f1b-9a51-0c6e2b8f7d13");

    @Benchmark
    public MultiMap copyOnly() {
        return copy();
    }

    @Benchmark
    public MultiMap keepOnlyInOnePass() {
        MultiMap headers = copy();
        ForwardedHeaders.keepOnly(headers, ForwardedHeaders.REQUEST);
        return headers;
    }

    @Benchmark
    public MultiMap keepOnlyThroughNames() {
        MultiMap headers = copy();
        for (String name : new ArrayList<>(headers.names())) {
            if (!ForwardedHeaders.REQUEST.contains(name.toLowerCase(Locale.ROOT))) {
                headers.remove(name);
            }
        }
        return headers;
    }

    private MultiMap copy() {
        return HttpHeaders.headers().addAll(request);
    }
}
