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

    interface Limit {
        long perSecond();

        long burst();
    }
}
