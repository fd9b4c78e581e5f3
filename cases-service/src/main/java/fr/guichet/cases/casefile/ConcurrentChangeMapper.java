package fr.guichet.cases.casefile;

import org.hibernate.StaleStateException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import fr.guichet.common.problem.Problem;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.Response;

/** Two writers of one case that slipped past the row lock: the later one is told its version is stale. */
public class ConcurrentChangeMapper {

    @ServerExceptionMapper({OptimisticLockException.class, StaleStateException.class})
    public Response staleVersion(RuntimeException e) {
        return Problem.of(412, "Precondition Failed", "The case changed meanwhile; read it again.").toResponse();
    }
}
