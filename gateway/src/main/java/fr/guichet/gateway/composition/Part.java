package fr.guichet.gateway.composition;

import java.time.Duration;

import org.jboss.logging.Logger;

import io.smallrye.mutiny.Uni;

/** One part of a composed view: its value, or the service that failed or was too slow to give it. */
record Part<T>(T value, String failedService) {

    private static final Logger LOG = Logger.getLogger(Part.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(3);

    /** Never fails: a failure or no answer within the timeout leaves the part empty, naming the service. */
    static <T> Uni<Part<T>> of(Uni<T> call, String service) {
        return call.ifNoItem().after(TIMEOUT).fail()
                .map(value -> new Part<T>(value, null))
                .onFailure().recoverWithItem(failure -> {
                    LOG.warnf("/api/me without %s: %s", service, failure.toString());
                    return new Part<>(null, service);
                });
    }
}
