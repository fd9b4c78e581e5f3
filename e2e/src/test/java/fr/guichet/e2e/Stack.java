package fr.guichet.e2e;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts the whole stack once for all end-to-end tests with the README's own command
 * ({@code deploy/local/run --background}, in a data folder under target/), and stops it when the tests end.
 * The services send their spans to an in-memory collector, {@link #traces()}.
 */
public class Stack implements BeforeAllCallback, ExtensionContext.Store.CloseableResource {

    public static final String GATEWAY = "http://localhost:8080";
    public static final String AIDS = "http://localhost:8081";
    public static final String CASES = "http://localhost:8082";
    public static final String WELCOME = "http://localhost:8084";
    public static final String REALM = "http://localhost:8180/realms/guichet";

    private static boolean started;
    private static TraceCollector traces;
    private static Path logs;
    private Path root;
    private Path data;

    @Override
    public synchronized void beforeAll(ExtensionContext context) throws Exception {
        if (started) {
            return;
        }
        root = Path.of(System.getProperty("guichet.root", ".."));
        data = Path.of(System.getProperty("guichet.e2e.data", "target/e2e-data"));
        Files.createDirectories(data);
        logs = data.resolve("logs");
        traces = new TraceCollector();
        Process run = script("run", "--background");
        if (!run.waitFor(6, TimeUnit.MINUTES) || run.exitValue() != 0 || !started()) {
            throw new IllegalStateException("The stack did not start; see " + data.resolve("e2e-run.log")
                    + " and the logs in " + data.resolve("logs"));
        }
        started = true;
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).put(Stack.class.getName(), this);
    }

    /** What a process of the stack (gateway, aids-service...) has logged so far. */
    static String log(String process) throws IOException {
        return Files.readString(logs.resolve(process + ".log"));
    }

    /** The spans the services exported since the stack started. */
    static TraceCollector traces() {
        return traces;
    }

    @Override
    public void close() throws IOException, InterruptedException {
        script("stop").waitFor(2, TimeUnit.MINUTES);
        traces.close();
    }

    private boolean started() throws IOException {
        return Files.readString(data.resolve("e2e-run.log")).contains("Guichet is running.");
    }

    private Process script(String name, String... arguments) throws IOException {
        List<String> command = new ArrayList<>(List.of("bash", root.resolve("deploy/local/" + name).toString()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).directory(root.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(new File(data.resolve("e2e-run.log").toString())));
        builder.environment().put("GUICHET_DATA_DIR", data.toAbsolutePath().toString());
        // not 5432, where a machine's own PostgreSQL may already listen
        builder.environment().put("GUICHET_POSTGRES_PORT", "55432");
        builder.environment().put("GUICHET_OTLP_ENDPOINT", traces.endpoint());
        // spans sent every 100 ms rather than every 5 s, so that a test waits less for them
        builder.environment().put("QUARKUS_OTEL_BSP_SCHEDULE_DELAY", "100ms");
        return builder.start();
    }
}
