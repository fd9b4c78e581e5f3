package fr.guichet.gateway.routing;

import java.util.Set;
import java.util.TreeSet;

import io.vertx.core.MultiMap;

/** The headers that cross the gateway, both ways: an allow-list, never everything. */
final class ForwardedHeaders {

    static final Set<String> REQUEST = caseInsensitive("Authorization", "If-Match", "If-None-Match", "Idempotency-Key",
            "Content-Type", "Content-Length", "Transfer-Encoding", "Accept", "Accept-Language", "X-Request-Id");

    static final Set<String> RESPONSE = caseInsensitive("Content-Type", "Content-Length", "Transfer-Encoding", "ETag",
            "Location", "Retry-After", "WWW-Authenticate", "Content-Disposition", "Allow", "X-Request-Id");

    private ForwardedHeaders() {
    }

    static void keepOnly(MultiMap headers, Set<String> allowed) {
        headers.names().stream().filter(name -> !allowed.contains(name)).toList().forEach(headers::remove);
    }

    private static Set<String> caseInsensitive(String... names) {
        Set<String> set = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        set.addAll(Set.of(names));
        return set;
    }
}
