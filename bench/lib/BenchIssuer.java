import java.io.IOException;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * An OpenID provider for the benchmarks that only publishes: its discovery document and the bench key (bench/lib/jwt.sh)
 * as a JSON Web Key Set, so that a service whose code needs {@code quarkus.oidc.auth-server-url} set (the gateway, the
 * desk in its web-app mode) verifies the bench's tokens as it verifies Keycloak's, with no Keycloak. It issues nothing:
 * the bench signs its own tokens. A single-file Java program, run by bench/desk-at-scale.sh:
 *
 * <pre>
 *   java bench/lib/BenchIssuer.java PORT PUBLIC_KEY   (the key as quarkus.oidc.public-key takes it: base64 DER)
 * </pre>
 */
public class BenchIssuer {

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        RSAPublicKey key = (RSAPublicKey) KeyFactory.getInstance("RSA")
                .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(args[1])));
        String base = "http://127.0.0.1:" + port;
        String discovery = String.format("{\"issuer\":\"guichet-bench\",\"jwks_uri\":\"%1$s/keys\","
                + "\"authorization_endpoint\":\"%1$s/auth\",\"token_endpoint\":\"%1$s/token\","
                + "\"end_session_endpoint\":\"%1$s/logout\",\"id_token_signing_alg_values_supported\":[\"RS256\"]}", base);
        String keys = String.format("{\"keys\":[{\"kty\":\"RSA\",\"use\":\"sig\",\"alg\":\"RS256\","
                + "\"n\":\"%s\",\"e\":\"%s\"}]}", unsigned(key.getModulus()), unsigned(key.getPublicExponent()));
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.createContext("/.well-known/openid-configuration", exchange -> send(exchange, discovery));
        server.createContext("/keys", exchange -> send(exchange, keys));
        server.start();
        System.out.println("Bench issuer at " + base);
    }

    /** A JWK number: big-endian bytes without the sign byte, base64url without padding. */
    private static String unsigned(BigInteger number) {
        byte[] bytes = number.toByteArray();
        if (bytes.length > 1 && bytes[0] == 0) {
            bytes = Arrays.copyOfRange(bytes, 1, bytes.length);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static void send(HttpExchange exchange, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        try (var out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
