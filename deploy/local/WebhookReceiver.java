import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.sun.net.httpserver.HttpServer;

/**
 * Run by deploy/local/webhook-receiver (a single-file Java program, so the local run needs nothing but the JDK):
 * listens on 127.0.0.1, prints each delivery and whether one of its v1 signatures matches WEBHOOK_SECRET.
 */
public class WebhookReceiver {

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args.length > 0 ? args[0] : "8099");
        String secret = System.getenv("WEBHOOK_SECRET");
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.createContext("/", exchange -> {
            try (exchange) {
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                String id = exchange.getRequestHeaders().getFirst("webhook-id");
                String timestamp = exchange.getRequestHeaders().getFirst("webhook-timestamp");
                String signatures = exchange.getRequestHeaders().getFirst("webhook-signature");
                String check = secret == null ? "signature not checked (set WEBHOOK_SECRET)"
                        : signed(secret, id, timestamp, body, signatures) ? "signature OK" : "SIGNATURE DOES NOT MATCH";
                System.out.printf("%s %s %s %s%n  %s%n", Instant.now(), exchange.getRequestURI(), id, check, body);
                exchange.sendResponseHeaders(204, -1);
            }
        });
        server.start();
        System.out.println("Waiting for deliveries on http://127.0.0.1:" + port + "/ (Ctrl-C to stop)");
    }

    private static boolean signed(String secret, String id, String timestamp, String body, String signatures) {
        if (id == null || timestamp == null || signatures == null) {
            return false;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
            byte[] expected = mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
            return Arrays.stream(signatures.split(" ")).filter(s -> s.startsWith("v1,"))
                    .anyMatch(s -> MessageDigest.isEqual(expected, Base64.getDecoder().decode(s.substring(3))));
        } catch (Exception e) {
            return false;
        }
    }
}
