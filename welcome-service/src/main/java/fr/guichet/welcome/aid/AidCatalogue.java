package fr.guichet.welcome.aid;

import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import fr.guichet.common.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;

/**
 * Checks aid codes against aids-service's catalogue, without letting its outages spread: each call is bounded in time,
 * failures are retried briefly, and a circuit breaker stops calling a service that keeps failing. When it is down, the
 * caller gets a 503 with Retry-After and nothing is written; the public reads never call it.
 */
@ApplicationScoped
public class AidCatalogue {

    private static final Logger LOG = Logger.getLogger(AidCatalogue.class);

    @Inject
    Calls calls;

    /** Refuses (422) the first code the catalogue does not know; {@code field} names the list in the answer. */
    public void requireKnown(Collection<String> codes, String field) {
        for (String code : codes.stream().distinct().sorted().toList()) {
            if (!known(code)) {
                throw ProblemException.unprocessable("No aid " + code + " in the aid catalogue (" + field + "); see GET /aids.");
            }
        }
    }

    private boolean known(String code) {
        try {
            return !calls.versions(code).isEmpty();
        } catch (AidsErrors.Unknown e) {
            return false;
        } catch (AidsErrors.Failed | ProcessingException | TimeoutException | CircuitBreakerOpenException e) {
            LOG.warnf("Aid catalogue unavailable: %s", e.toString());
            throw ProblemException.dependencyUnavailable(
                    "The aid catalogue cannot be reached to check the aid codes; nothing was saved. Try again shortly.");
        }
    }

    /**
     * The guarded call, in its own bean so that the fault-tolerance interceptors apply; tests shorten the values through
     * {@code quarkus.fault-tolerance."fr.guichet.welcome.aid.AidCatalogue$Calls/versions".*}.
     */
    @ApplicationScoped
    public static class Calls {

        @Inject
        @RestClient
        AidsClient client;

        @Timeout(value = 2, unit = ChronoUnit.SECONDS)
        @Retry(maxRetries = 2, delay = 100, jitter = 50, abortOn = AidsErrors.Unknown.class)
        @CircuitBreaker(requestVolumeThreshold = 6, failureRatio = 0.5, delay = 10, delayUnit = ChronoUnit.SECONDS,
                successThreshold = 2, skipOn = AidsErrors.Unknown.class)
        public List<AidsClient.AidVersion> versions(String code) {
            return client.versions(code);
        }
    }
}
