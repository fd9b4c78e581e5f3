package fr.guichet.gateway.composition;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import com.fasterxml.jackson.databind.JsonNode;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

/** cases-service as the composed views read it, with the caller's own token. */
@RegisterRestClient(configKey = "cases-service")
public interface CasesApi {

    @GET
    @Path("/cases")
    Uni<JsonNode> list(@HeaderParam("Authorization") String authorization, @QueryParam("limit") int limit);

    @GET
    @Path("/cases/{id}")
    Uni<JsonNode> get(@HeaderParam("Authorization") String authorization, @PathParam("id") String id);

    @GET
    @Path("/cases/{id}/tasks")
    Uni<JsonNode> tasks(@HeaderParam("Authorization") String authorization, @PathParam("id") String id);

    /** The service's OpenAPI document, for the gateway's merged one. */
    @GET
    @Path("/q/openapi")
    Uni<JsonNode> openapi(@QueryParam("format") String format);
}
