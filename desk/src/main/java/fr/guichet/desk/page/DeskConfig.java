package fr.guichet.desk.page;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;

/** Who runs this desk and how it presents itself. */
@ConfigMapping(prefix = "guichet.desk")
public interface DeskConfig {

    /**
     * STATE shows the Marianne brand block and the State's footer links, reserved to State services such as an
     * ARS; NEUTRAL shows the service name alone, for any other operator.
     */
    Brand brand();

    String serviceName();

    String serviceTagline();

    /** The organisation answering for the service, named in the footer and the legal pages. */
    String operator();

    /** How long cases-service keeps personal data once a file is closed (its GUICHET_RETENTION). */
    Duration retention();

    /** Keycloak's origin, where forms may lead when a session must be renewed. */
    String identityOrigin();

    /** Where testimonials' photos may be loaded from (the Content-Security-Policy's img-src): https: by default. */
    String photoOrigins();

    enum Brand {
        STATE, NEUTRAL
    }
}
