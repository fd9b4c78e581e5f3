package fr.guichet.cases.aid;

import java.time.Clock;
import java.time.temporal.ChronoUnit;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import fr.guichet.cases.casefile.CaseFile;
import fr.guichet.common.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;

/**
 * Asks aids-service for a case's eligibility, without letting its outages spread: each call is bounded
 * in time, failures are retried briefly, and a circuit breaker stops calling a service that keeps
 * failing. When it is down, the caller gets a 503 with Retry-After; the rest of the case keeps working.
 */
@ApplicationScoped
public class EligibilityGateway {

    private static final Logger LOG = Logger.getLogger(EligibilityGateway.class);

    @Inject
    Calls calls;

    @Inject
    Clock clock;

    public Eligibility eligibilityOf(CaseFile c) {
        try {
            return calls.simulate(EligibilityQuery.of(c, clock));
        } catch (AidsErrors.Refused e) {
            throw ProblemException.unprocessable("aids-service cannot simulate this case's project (" + e.status()
                    + "); check its commune and profile.");
        } catch (AidsErrors.Failed | ProcessingException | TimeoutException | CircuitBreakerOpenException e) {
            LOG.warnf("Eligibility unavailable: %s", e.toString());
            throw ProblemException.dependencyUnavailable(
                    "The aid simulator is unavailable for now; everything else on the case still works.");
        }
    }

    /**
     * The guarded call itself, in its own bean so that the fault-tolerance interceptors apply. The values
     * below are the defaults; {@code quarkus.fault-tolerance."fr.guichet.cases.aid.EligibilityGateway$Calls/simulate".*}
     * overrides them (the tests shorten them).
     */
    @ApplicationScoped
    public static class Calls {

        @Inject
        @RestClient
        AidsClient client;

        @Timeout(value = 2, unit = ChronoUnit.SECONDS)
        @Retry(maxRetries = 2, delay = 100, jitter = 50, abortOn = AidsErrors.Refused.class)
        @CircuitBreaker(requestVolumeThreshold = 6, failureRatio = 0.5, delay = 10, delayUnit = ChronoUnit.SECONDS,
                successThreshold = 2, skipOn = AidsErrors.Refused.class)
        public Eligibility simulate(EligibilityQuery query) {
            return client.simulate(query);
        }
    }
}
