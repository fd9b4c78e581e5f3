package fr.guichet.gateway.security;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import fr.guichet.gateway.plumbing.Problems;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Answers a request without a token on a non-public path with a 401 problem, before Quarkus' own
 * challenge (an empty body) does. The path policies in application.properties stay the authority:
 * this only words the refusal they would make.
 */
@ApplicationScoped
public class MissingTokenHandler {

    private static final List<String> PUBLIC_READS = List.of("/api/aids", "/api/territories", "/api/events", "/api/offers",
            "/api/testimonials");
    /** The simulator, the public request form, and the links of the mails welcome-service sends its registrants. */
    private static final Set<String> PUBLIC_POSTS = Set.of("/api/eligibility", "/api/requests/submissions",
            "/api/registrations/cancellations", "/api/registrations/survey-answers", "/api/testimonials/withdrawals");
    /** Anyone registers for an event. */
    private static final Pattern EVENT_REGISTRATION = Pattern.compile("/api/events/[^/]+/registrations");
    /** Under the public reads of events, what only organisers and correspondants follow: registrants, attendance. */
    private static final Pattern EVENT_FOLLOW_UP = Pattern.compile("/api/events/(managed|[^/]+/(registrations|attendance)(/.*)?)");

    void register(@Observes Router router) {
        router.route("/api/*").order(Integer.MIN_VALUE + 1).handler(this::handle);
    }

    private void handle(RoutingContext context) {
        // a CORS preflight carries no token by design; the CORS handler answers it
        if (context.request().getHeader("Authorization") != null || isPublic(context)
                || context.request().method() == HttpMethod.OPTIONS) {
            context.next();
            return;
        }
        Problems.unauthorized(context);
    }

    private static boolean isPublic(RoutingContext context) {
        HttpMethod method = context.request().method();
        String path = context.normalizedPath();
        boolean read = method == HttpMethod.GET || method == HttpMethod.HEAD;
        return (read && PUBLIC_READS.stream().anyMatch(p -> path.equals(p) || path.startsWith(p + "/"))
                && !EVENT_FOLLOW_UP.matcher(path).matches())
                || (method == HttpMethod.POST && (PUBLIC_POSTS.contains(path) || EVENT_REGISTRATION.matcher(path).matches()))
                || (read && path.equals("/api/openapi"))
                // the signed link at the foot of the reminder digests, and the mail clients' one-click POST on it
                || ((read || method == HttpMethod.POST) && path.equals("/api/reminders/unsubscribe"));
    }
}
