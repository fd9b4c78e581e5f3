package fr.guichet.gateway.openapi;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;

import com.fasterxml.jackson.databind.JsonNode;

import fr.guichet.common.problem.Problem;
import fr.guichet.common.problem.ProblemException;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** The merged OpenAPI document of the public API, as the gateway exposes it (public): OpenAPI 3.1, or 3.0.3 on demand. */
@Path("/api/openapi")
public class OpenApiResource {

    @Inject
    MergedDocument document;

    @GET
    @PermitAll
    @Operation(hidden = true) // the document does not describe itself: it is where a client starts
    @Produces(MediaType.APPLICATION_JSON)
    public Uni<JsonNode> document(@QueryParam("version") String version) {
        if (version == null || version.equals("3.1")) {
            return document.get();
        }
        if (version.equals("3.0")) {
            return document.getAsOpenApi30();
        }
        throw new ProblemException(Problem.invalid("The document is served as OpenAPI 3.1 (the default) or 3.0.",
                List.of(new Problem.FieldError("version", "must be 3.1 or 3.0"))));
    }
}
