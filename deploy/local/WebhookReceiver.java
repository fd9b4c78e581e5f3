import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A partner's endpoint in miniature, to watch the guichet's webhooks arrive on a local run: it prints each
 * delivery and, given the subscription's secret, says whether its Standard Webhooks signature holds.
 * Run by deploy/local/webhook-receiver (a single-file Java program: the local run needs nothing but the JDK):
 *
 * <pre>
 *   WEBHOOK_SECRET=whsec_... deploy/local/webhook-receiver [port, default 8099]
 * </pre>
 *
 * Answers 204 to a delivery whose signature holds (or to every delivery when no secret is given), 401 otherwise.
 * With {@code WEBHOOK_LOG=FILE} it prints nothing per delivery and appends to FILE one line each, for the drills
 * and benchmarks: the receipt time (epoch ms), webhook-id, webhook-timestamp, event type, case id, verdict and the
 * time the event was written (the body's timestamp, epoch ms), from which the drills measure commit-to-receipt.
 */
public class WebhookReceiver {

    private static final Pattern TYPE = Pattern.compile("\"type\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern CASE = Pattern.compile("\"caseId\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern WRITTEN = Pattern.compile("\"timestamp\"\\s*:\\s*\"([^\"]+)\"");

    private static PrintWriter log;

    public static void main(String[] args) throws IOException {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 8099;
        String secret = System.getenv("WEBHOOK_SECRET");
        String logFile = System.getenv("WEBHOOK_LOG");
        if (logFile != null) {
            log = new PrintWriter(Files.newBufferedWriter(Path.of(logFile), StandardOpenOption.CREATE, StandardOpenOption.APPEND), true);
        }
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 256);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/", exchange -> receive(exchange, secret));
        server.start();
        System.out.println("Waiting for webhooks on http://127.0.0.1:" + port + "/ ("
                + (secret == null ? "signatures not checked: set WEBHOOK_SECRET" : "signatures checked") + ")");
    }

    private static void receive(HttpExchange exchange, String secret) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        String id = exchange.getRequestHeaders().getFirst("webhook-id");
        String timestamp = exchange.getRequestHeaders().getFirst("webhook-timestamp");
        String signatures = exchange.getRequestHeaders().getFirst("webhook-signature");
        String verdict = secret == null ? "unchecked" : signed(secret, id, timestamp, body, signatures) ? "signature OK" : "BAD SIGNATURE";
        String text = new String(body, StandardCharsets.UTF_8);
        if (log == null) {
            System.out.printf("%s %s %s [%s]%n  %s%n", Instant.now(), exchange.getRequestMethod(), id, verdict, text);
        } else {
            synchronized (log) {
                log.printf("%d %s %s %s %s %s %s%n", System.currentTimeMillis(), id, timestamp, first(TYPE, text),
                        first(CASE, text), verdict.replace(' ', '_'), written(text));
            }
        }
        exchange.sendResponseHeaders(verdict.equals("BAD SIGNATURE") ? 401 : 204, -1);
        exchange.close();
    }

    private static String written(String text) {
        String at = first(WRITTEN, text);
        return at.equals("-") ? at : Long.toString(Instant.parse(at).toEpochMilli());
    }

    private static String first(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        return matcher.find() ? matcher.group(1) : "-";
    }

    /** Whether one of the space-separated {@code v1,<base64>} signatures is the HMAC of "id.timestamp.body". */
    static boolean signed(String secret, String id, String timestamp, byte[] body, String signatures) {
        if (id == null || timestamp == null || signatures == null) {
            return false;
        }
        byte[] expected = hmac(secret, (id + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8), body);
        return Arrays.stream(signatures.split(" "))
                .filter(signature -> signature.startsWith("v1,"))
                .anyMatch(signature -> MessageDigest.isEqual(expected, decode(signature.substring(3))));
    }

    private static byte[] hmac(String secret, byte[] prefix, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring(secret.indexOf('_') + 1)), "HmacSHA256"));
            mac.update(prefix);
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] decode(String base64) {
        try {
            return Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException notBase64) {
            return new byte[0];
        }
    }
}
