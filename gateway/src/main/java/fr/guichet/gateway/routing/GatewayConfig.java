package fr.guichet.gateway.routing;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Where each public path goes, and how long the gateway waits for it. */
@ConfigMapping(prefix = "guichet.gateway")
public interface GatewayConfig {

    /** Routes by name (the downstream service). */
    Map<String, Route> routes();

    /** The desk: the web pages, served at every path outside /api and /q. */
    Desk desk();

    /** Connections kept to each service: at least the peak concurrency, or requests queue. */
    @WithDefault("256")
    int poolSize();

    interface Route {
        /** Public path prefixes, e.g. /api/cases; the /api part is removed downstream. */
        List<String> prefixes();

        URI target();

        @WithDefault("5s")
        Duration timeout();
    }

    interface Desk {
        URI target();

        @WithDefault("10s")
        Duration timeout();
    }
}
