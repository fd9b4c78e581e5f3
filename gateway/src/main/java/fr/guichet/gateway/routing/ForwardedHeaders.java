package fr.guichet.gateway.routing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.vertx.core.MultiMap;

/** The headers that cross the gateway, both ways: an allow-list, never everything. */
final class ForwardedHeaders {

    static final Set<String> REQUEST = caseInsensitive("Authorization", "If-Match", "If-None-Match", "Idempotency-Key",
            "Content-Type", "Content-Length", "Transfer-Encoding", "Accept", "Accept-Language", "X-Request-Id");

    static final Set<String> RESPONSE = caseInsensitive("Content-Type", "Content-Length", "Transfer-Encoding", "ETag",
            "Location", "Retry-After", "WWW-Authenticate", "Content-Disposition", "Allow", "X-Request-Id");

    private ForwardedHeaders() {
    }

    /** Walks the entries rather than names(), which builds a sorted set on every call. */
    static void keepOnly(MultiMap headers, Set<String> allowed) {
        List<String> unwanted = new ArrayList<>();
        for (Map.Entry<String, String> header : headers) {
            if (!allowed.contains(header.getKey().toLowerCase(Locale.ROOT))) {
                unwanted.add(header.getKey());
            }
        }
        unwanted.forEach(headers::remove);
    }

    static Set<String> caseInsensitive(String... names) {
        return Stream.of(names).map(name -> name.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }
}
