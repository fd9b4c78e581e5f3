package fr.guichet.gateway.ratelimit;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.eclipse.microprofile.jwt.JsonWebToken;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import fr.guichet.common.problem.Problem;
import fr.guichet.gateway.plumbing.Problems;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Limits each client to its bucket on every API path, proxied or answered by the gateway itself: by
 * token subject (a person, or a partner application's service account), anyone else by address. Over
 * the limit: 429 with Retry-After, and nothing behind sees the request. Idle buckets are forgotten, so
 * that many addresses cannot exhaust memory.
 */
@ApplicationScoped
public class RateLimitHandler {

    /**
     * After Quarkus' authentication and authorization filters (negative orders), which tell whose
     * request it is, and before the proxies and resources (orders from 0).
     */
    private static final int AFTER_SECURITY = -1;
    private static final String SUBMISSIONS = "/api/requests/submissions";

    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .maximumSize(100_000).expireAfterAccess(Duration.ofMinutes(10)).build();

    @Inject
    RateLimitConfig config;

    void register(@Observes Router router) {
        if (config.enabled()) {
            router.route("/api/*").order(AFTER_SECURITY).handler(this::limit);
        }
    }

    private void limit(RoutingContext context) {
        if (isSubmission(context)) {
            RateLimitConfig.Submissions form = config.submissions();
            if (!admitted(context, "form:" + context.request().remoteAddress().hostAddress(),
                    () -> newBucket(form.burst(), form.perHour(), Duration.ofHours(1)),
                    form.perHour() + " submissions of the request form per hour")) {
                return;
            }
        }
        String client = clientOf(context);
        RateLimitConfig.Limit limit = client.startsWith("ip:") ? config.anonymous() : config.authenticated();
        if (admitted(context, client, () -> newBucket(limit.burst(), limit.perSecond(), Duration.ofSeconds(1)),
                limit.perSecond() + " requests per second")) {
            context.next();
        }
    }

    /** Takes a token from the client's bucket, or answers 429 with Retry-After and says it did. */
    private boolean admitted(RoutingContext context, String client, Supplier<Bucket> newBucket, String limit) {
        ConsumptionProbe probe = buckets.get(client, key -> newBucket.get()).tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return true;
        }
        long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill() + 999_999_999L));
        context.response().putHeader("Retry-After", String.valueOf(seconds));
        Problems.send(context, Problem.of(429, "Too Many Requests",
                "Rate limit of " + limit + " exceeded; retry after " + seconds + " s."));
        return false;
    }

    /** The public request form is open to anyone, so robots too: its own, much stricter bucket per address. */
    private static boolean isSubmission(RoutingContext context) {
        return context.request().method() == HttpMethod.POST && SUBMISSIONS.equals(context.normalizedPath());
    }

    private static Bucket newBucket(long burst, long refill, Duration every) {
        return Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(burst).refillGreedy(refill, every).build())
                .build();
    }

    private static String clientOf(RoutingContext context) {
        if (context.user() instanceof QuarkusHttpUser user) {
            SecurityIdentity identity = user.getSecurityIdentity();
            if (!identity.isAnonymous() && identity.getPrincipal() instanceof JsonWebToken token) {
                // a partner application's service account has a subject of its own, like a person
                return "sub:" + token.getSubject();
            }
        }
        return "ip:" + context.request().remoteAddress().hostAddress();
    }
}
