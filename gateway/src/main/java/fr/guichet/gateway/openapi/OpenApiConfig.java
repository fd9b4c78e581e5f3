package fr.guichet.gateway.openapi;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** What the public API document says of itself, and the operations being retired. */
@ConfigMapping(prefix = "guichet.gateway.openapi")
public interface OpenApiConfig {

    /** How long a merged document is kept before the services are read again. */
    @WithDefault("60s")
    Duration maxAge();

    /** The address partners call: the document's one server. */
    @WithDefault("http://localhost:8080")
    URI publicUrl();

    /** The contract's version (semantic: its major number moves with a breaking change). */
    String version();

    Contact contact();

    Licence licence();

    /** Operations being retired, by any name; the one place that sets their headers and their flag in the document. */
    Map<String, Retirement> deprecations();

    interface Contact {
        String name();

        URI url();

        String email();
    }

    interface Licence {
        String name();

        URI url();
    }

    interface Retirement {
        /** The operation as "METHOD /api/path/{param}", exactly as the document names it. */
        String operation();

        /** Since when it is deprecated (the Deprecation header, RFC 9745). */
        Instant deprecatedAt();

        /** When it stops answering (the Sunset header, RFC 8594), once decided. */
        Optional<Instant> sunsetAt();
    }
}
