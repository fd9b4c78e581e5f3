package fr.guichet.gateway.ratelimit;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Token buckets: a steady rate per second and a burst, per client (token) or per address (anonymous). */
@ConfigMapping(prefix = "guichet.gateway.rate-limit")
public interface RateLimitConfig {

    @WithDefault("true")
    boolean enabled();

    Limit authenticated();

    Limit anonymous();

    /** The public request form (POST /api/requests/submissions), per address, on top of the anonymous limit. */
    Submissions submissions();

    interface Limit {
        long perSecond();

        long burst();
    }

    /** A few submissions at once, then a handful an hour: enough for a person, little for a robot. */
    interface Submissions {
        long perHour();

        long burst();
    }
}
