package fr.guichet.gateway.openapi;

import org.eclipse.microprofile.openapi.annotations.Operation;

import com.fasterxml.jackson.databind.JsonNode;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The merged OpenAPI document of the public API, as the gateway exposes it (public). */
@Path("/api/openapi")
public class OpenApiResource {

    @Inject
    MergedDocument document;

    @GET
    @PermitAll
    @Operation(hidden = true) // the document does not describe itself: it is where a client starts
    @Produces(MediaType.APPLICATION_JSON)
    public Uni<JsonNode> document() {
        return document.get();
    }
}
