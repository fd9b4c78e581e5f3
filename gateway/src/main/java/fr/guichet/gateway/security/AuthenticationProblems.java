package fr.guichet.gateway.security;

import fr.guichet.common.problem.Problem;
import fr.guichet.gateway.plumbing.Problems;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** Token and role refusals of the gateway's path policies answer problem+json, like the services do. */
@ApplicationScoped
public class AuthenticationProblems {

    void register(@Observes Router router) {
        // before the handlers Quarkus registers, which would answer with an empty body
        router.route().order(Integer.MIN_VALUE).failureHandler(this::handle);
    }

    private void handle(RoutingContext context) {
        Throwable failure = context.failure();
        if (failure instanceof AuthenticationFailedException || failure instanceof UnauthorizedException) {
            Problems.unauthorized(context);
        } else if (failure instanceof ForbiddenException) {
            Problems.send(context, Problem.of(403, "Forbidden", "Your role does not allow this operation."));
        } else {
            context.next();
        }
    }
}
