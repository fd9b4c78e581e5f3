package fr.guichet.gateway.observability;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/**
 * The access log's work on every request, beside what it replaced: its line built by hand against the
 * same fields through java.util.Formatter, and its timer kept per route, method and status against one
 * looked up by its tags. Run by bench/micro.sh.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class AccessLogBenchmark {

    // fields, not constants, so that nothing is folded at compile time
    String id = "6f1c0d52-8a4e-4f1b-9a51-0c6e2b8f7d13";
    String who = "3b2c1a90-77de-4c1e-8f55-2d4b6a1e9c07@guichet-cli";
    String method = "GET";
    String path = "/api/cases/0b9e4c1a-5d3f-4e2a-9c8b-7f6a5e4d3c2b";
    String route = "/api/cases";
    int status = 200;
    long nanos = 3_456_789;

    private final AccessLog accessLog = new AccessLog();

    public AccessLogBenchmark() {
        accessLog.registry = new SimpleMeterRegistry();
    }

    @Benchmark
    public String lineByHand() {
        return AccessLog.line(id, who, method, path, status, nanos, route);
    }

    @Benchmark
    public String lineThroughFormatter() {
        return String.format("%s %s %s %s %d %.1fms %s", id, who, method, path, status, nanos / 1e6, route);
    }

    @Benchmark
    public Timer timerKeptPerRouteMethodStatus() {
        return accessLog.timerFor(route, method, status);
    }

    @Benchmark
    public Timer timerLookedUpByTags() {
        return accessLog.timer(route, method, status);
    }
}
