package fr.guichet.welcome.cases;

import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import fr.guichet.common.problem.Problem;
import fr.guichet.common.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;

/**
 * Refers a registrant to cases-service as the caller. Not retried: cases-service takes no Idempotency-Key on referrals,
 * and a retry after a lost answer would log the request twice. Bounded in time and behind a circuit breaker; when
 * cases-service is down the caller gets a 503 with Retry-After, and what cases-service refuses it answers as its own.
 */
@ApplicationScoped
public class QuickRequests {

    private static final Logger LOG = Logger.getLogger(QuickRequests.class);

    @Inject
    Calls calls;

    /** The id of the request cases-service logged. */
    public UUID log(NewQuickRequest request) {
        try {
            return calls.refer(request).id();
        } catch (CasesErrors.Refused e) {
            throw refusal(e);
        } catch (CasesErrors.Failed | ProcessingException | TimeoutException | CircuitBreakerOpenException e) {
            LOG.warnf("Quick requests unavailable: %s", e.toString());
            throw ProblemException.dependencyUnavailable(
                    "cases-service cannot be reached to log the request; nothing was saved. Try again shortly.");
        }
    }

    private static ProblemException refusal(CasesErrors.Refused e) {
        String why = e.getMessage() == null ? "" : " (" + e.getMessage() + ")";
        return switch (e.status()) {
            case 401 -> new ProblemException(Problem.of(401, "Unauthorized", "cases-service did not accept your token" + why + "."));
            case 403 -> ProblemException.forbidden("cases-service refuses to log this request for you" + why
                    + "; an organiser refers people to the correspondants of its own territory only.");
            default -> {
                LOG.errorf("cases-service refused a quick request with %d%s", e.status(), why);
                yield new ProblemException(Problem.of(502, "Bad Gateway", "cases-service refused the request it was sent ("
                        + e.status() + "); nothing was saved."));
            }
        };
    }

    /** The guarded call, in its own bean so that the fault-tolerance interceptors apply. */
    @ApplicationScoped
    public static class Calls {

        @Inject
        @RestClient
        CasesClient client;

        @Timeout(value = 3, unit = ChronoUnit.SECONDS)
        @CircuitBreaker(requestVolumeThreshold = 6, failureRatio = 0.5, delay = 10, delayUnit = ChronoUnit.SECONDS,
                successThreshold = 2, skipOn = CasesErrors.Refused.class)
        public CasesClient.LoggedRequest refer(NewQuickRequest request) {
            return client.refer(request);
        }
    }
}
