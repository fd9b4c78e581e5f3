package fr.guichet.gateway.composition;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import com.fasterxml.jackson.databind.JsonNode;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;

/**
 * aids-service's OpenAPI document, for the gateway's merged one (openapi feature). The composed views do
 * not call aids-service: they read a case's eligibility through cases-service.
 */
@RegisterRestClient(configKey = "aids-service")
public interface AidsApi {

    /** An untyped document fetch: the whole OpenAPI document, read as a JSON tree. */
    @GET
    @Path("/q/openapi")
    Uni<JsonNode> openapi(@QueryParam("format") String format);
}
