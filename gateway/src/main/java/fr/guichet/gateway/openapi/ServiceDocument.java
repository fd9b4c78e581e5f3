package fr.guichet.gateway.openapi;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.rest.client.reactive.ClientQueryParam;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * A routed service's own OpenAPI document, as SmallRye OpenAPI serves it. An OpenAPI document is open
 * JSON by nature: the merger reads it as a tree. One client per route, built on the route's target.
 */
@Path("/q/openapi")
public interface ServiceDocument {

    @GET
    @ClientQueryParam(name = "format", value = "json")
    @Produces(MediaType.APPLICATION_JSON)
    Uni<JsonNode> fetch();
}
