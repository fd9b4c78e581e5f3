package fr.guichet.gateway.composition;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import com.fasterxml.jackson.databind.JsonNode;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;

/** aids-service's public simulator. */
@RegisterRestClient(configKey = "aids-service")
public interface AidsApi {

    @POST
    @Path("/eligibility")
    Uni<JsonNode> simulate(JsonNode project);

    /** The service's OpenAPI document, for the gateway's merged one. */
    @GET
    @Path("/q/openapi")
    Uni<JsonNode> openapi(@QueryParam("format") String format);
}
