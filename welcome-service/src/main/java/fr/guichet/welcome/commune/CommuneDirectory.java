package fr.guichet.welcome.commune;

import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import fr.guichet.common.problem.Problem;
import fr.guichet.common.problem.ProblemException;
import fr.guichet.welcome.aid.AidsErrors;
import io.quarkus.cache.CacheResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;

/**
 * Communes as aids-service knows them, cached (a commune's centre changes only with aids-service's data, and a search
 * around a commune must not cost a call each time). aids-service's outages do not spread: each call is bounded in time,
 * retried briefly, and a circuit breaker stops calling a service that keeps failing; the caller then gets a 503 with
 * Retry-After.
 */
@ApplicationScoped
public class CommuneDirectory {

    static final String CACHE = "communes";
    static final String RETRY_AFTER_SECONDS = "10";
    private static final Logger LOG = Logger.getLogger(CommuneDirectory.class);

    @Inject
    Calls calls;

    /** The commune, or empty when aids-service knows no commune by this code. */
    @CacheResult(cacheName = CACHE)
    public Optional<Commune> find(String insee) {
        try {
            return Optional.of(calls.commune(insee));
        } catch (AidsErrors.Unknown e) {
            return Optional.empty();
        } catch (AidsErrors.Failed | ProcessingException | TimeoutException | CircuitBreakerOpenException e) {
            LOG.warnf("Communes unavailable: %s", e.toString());
            throw new ProblemException(Problem.of(503, "Service Unavailable",
                    "The communes' directory (aids-service) is unavailable for now; try again shortly."),
                    Map.of("Retry-After", RETRY_AFTER_SECONDS));
        }
    }

    /**
     * The guarded call, in its own bean so that the fault-tolerance interceptors apply; {@code
     * quarkus.fault-tolerance."fr.guichet.welcome.commune.CommuneDirectory$Calls/commune".*} overrides these values.
     */
    @ApplicationScoped
    public static class Calls {

        @Inject
        @RestClient
        AidsTerritoriesClient client;

        @Timeout(value = 2, unit = ChronoUnit.SECONDS)
        @Retry(maxRetries = 2, delay = 100, jitter = 50, abortOn = AidsErrors.Unknown.class)
        @CircuitBreaker(requestVolumeThreshold = 6, failureRatio = 0.5, delay = 10, delayUnit = ChronoUnit.SECONDS,
                successThreshold = 2, skipOn = AidsErrors.Unknown.class)
        public Commune commune(String insee) {
            return client.commune(insee);
        }
    }
}
